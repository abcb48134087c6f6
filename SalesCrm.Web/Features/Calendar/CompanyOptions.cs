namespace SalesCrm.Web.Features.Calendar;

/// <summary>CAL-1: the company's time zone, whose days, weeks, months, quarters and years every rule and page uses.</summary>
public sealed class CompanyOptions
{
    public const string Section = "Company";

    public const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>An IANA id (<c>Asia/Shanghai</c>) or a Windows id (<c>China Standard Time</c>).</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;
}
