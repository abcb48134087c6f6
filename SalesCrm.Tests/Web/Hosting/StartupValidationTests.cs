using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Hosting;

/// <summary>Settings that would weaken the rules stop the app at start, with a message naming the setting.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task RevalidationIntervalOfAMinute_StopsTheStart()
    {
        await using var app = new CrmAppFactory(Environments.Development, new Dictionary<string, string?>
        {
            ["Bootstrap:DemoData"] = "false",
            ["Auth:RevalidationInterval"] = "00:01:00",
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("RevalidationInterval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CAL1_AnUnknownCompanyTimeZone_StopsTheStart_NamingTheSettingAndTheValue()
    {
        await using var app = new CrmAppFactory(Environments.Development, new Dictionary<string, string?>
        {
            ["Bootstrap:DemoData"] = "false",
            ["Company:TimeZone"] = "Asia/Beijing",
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Company:TimeZone 'Asia/Beijing' is not a time zone this server knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionWithoutContactProtectionKey_StopsTheStart() // SEC-4
    {
        await using var app = new CrmAppFactory(Environments.Production, new Dictionary<string, string?>
        {
            ["ContactProtection:Key"] = "",
            ["ContactProtection:KeyFile"] = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.key"),
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("ContactProtection:Key", error.Message, StringComparison.Ordinal);
    }
}
