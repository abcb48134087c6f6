using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Tests.Web.Data;

// SEC-4: the key is never kept in the database; outside Development the app does not start without one.
public sealed class ContactKeyLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"salescrm-keys-{Guid.NewGuid():N}");

    [Fact]
    public void ConfiguredKey_IsUsed()
    {
        var key = ContactKeyLoader.Load(new ContactProtectionOptions { Key = TestContactKey.Base64 }, Environment(Environments.Production), KeyFile);

        Assert.Equal(Convert.FromBase64String(TestContactKey.Base64), key);
    }

    [Fact]
    public void ProductionWithoutKey_RefusesToStart()
    {
        Assert.Throws<OptionsValidationException>(() => ContactKeyLoader.Load(new ContactProtectionOptions(), Environment(Environments.Production), KeyFile));
        Assert.False(File.Exists(KeyFile));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void MalformedKey_RefusesToStart(string key)
    {
        Assert.Throws<OptionsValidationException>(() =>
            ContactKeyLoader.Load(new ContactProtectionOptions { Key = key }, Environment(Environments.Production), KeyFile));
    }

    [Fact]
    public void DevelopmentWithoutKey_CreatesAKeyFileAndReusesIt()
    {
        var first = ContactKeyLoader.Load(new ContactProtectionOptions(), Environment(Environments.Development), KeyFile);
        var second = ContactKeyLoader.Load(new ContactProtectionOptions(), Environment(Environments.Production), KeyFile);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string KeyFile => Path.Combine(_folder, "keys", "contact-protection.key");

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
