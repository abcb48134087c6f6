using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Tests.TestSupport;

/// <summary>The fixed SEC-4 master key of the test suite, so ciphertexts and hashes are reproducible within a run.</summary>
public static class TestContactKey
{
    public const string Base64 = "c2FsZXNjcm0tdGVzdC1jb250YWN0LWtleS0zMmJ5dGU=";

    public static ContactProtector Protector { get; } = new(Convert.FromBase64String(Base64));
}
