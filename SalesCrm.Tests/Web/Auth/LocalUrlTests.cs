using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Auth;

/// <summary>SEC-2 (ASVS V5.1.5): a return URL is followed only when it stays in the app; one check serves every place that takes one.</summary>
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/customers")]
    [InlineData("/customers/9b2f6a1e-3c55-4c1b-8f0e-2d6f0c7d1a11?tab=contacts#top")]
    [InlineData("/")]
    public void SEC2_APathInTheApp_IsFollowed(string url) => Assert.Equal(url, LocalUrl.OrHome(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("/\\x")]
    [InlineData("/customers\\..\\\\evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("customers")]
    [InlineData("/\t/evil.example")]
    [InlineData("/customers\r\nSet-Cookie: x=1")]
    public void SEC2_AnythingThatCouldLeaveTheApp_GoesHome(string? url) => Assert.Equal("/", LocalUrl.OrHome(url));
}
