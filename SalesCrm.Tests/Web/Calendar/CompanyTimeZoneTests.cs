using SalesCrm.Domain.Common;
using SalesCrm.Web.Features.Calendar;

namespace SalesCrm.Tests.Web.Calendar;

/// <summary>CAL-1: <c>Company:TimeZone</c> takes an IANA or a Windows id; a wrong one is refused with a message that names it.</summary>
public sealed class CompanyTimeZoneTests
{
    private static readonly DateTimeOffset Noon = new(2026, 7, 1, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("China Standard Time")]
    [InlineData(" Asia/Shanghai ")]
    public void CAL1_TheIanaAndTheWindowsIdOfChina_GiveBeijingTime(string id)
    {
        Assert.True(CompanyTimeZone.TryFind(id, out var calendar, out var error));

        Assert.Null(error);
        Assert.Equal(TimeSpan.FromHours(8), calendar.InCompanyTime(Noon).Offset);
    }

    [Fact]
    public void CAL1_AnotherZone_IsThatZone()
    {
        var berlin = CompanyTimeZone.Find("Europe/Berlin");

        Assert.Equal(TimeSpan.FromHours(2), berlin.InCompanyTime(Noon).Offset);
    }

    [Theory]
    [InlineData("Asia/Beijing", "'Asia/Beijing' is not a time zone this server knows")]
    [InlineData("", "Company:TimeZone is empty")]
    public void CAL1_AnUnknownOrEmptyZone_IsRefused_WithAMessageNamingTheSetting(string id, string message)
    {
        Assert.False(CompanyTimeZone.TryFind(id, out _, out var error));

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("Asia/Shanghai", error, StringComparison.Ordinal);
        Assert.Contains(message, Assert.Throws<InvalidOperationException>(() => CompanyTimeZone.Find(id)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CAL1_TheDefault_IsAsiaShanghai()
    {
        Assert.Equal("Asia/Shanghai", new CompanyOptions().TimeZone);
        Assert.Equal(CompanyCalendar.ChinaStandardTime.InCompanyTime(Noon).DateTime, CompanyTimeZone.Find(new CompanyOptions().TimeZone).InCompanyTime(Noon).DateTime);
    }
}
