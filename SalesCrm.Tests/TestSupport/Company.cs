using SalesCrm.Domain.Common;
using SalesCrm.Web.Features.Calendar;

namespace SalesCrm.Tests.TestSupport;

/// <summary>The company the tests run for: its calendar is the app's default, Asia/Shanghai (CAL-1).</summary>
public static class Company
{
    public static CompanyCalendar Calendar { get; } = CompanyTimeZone.Find(CompanyOptions.DefaultTimeZone);
}
