namespace SalesCrm.Web.Features.Visits;

/// <summary>
/// The product shows instants in the server's local time (<c>ToLocalTime()</c>); a time the user types is read back in
/// the same zone, so what they see is what they typed.
/// </summary>
public static class LocalTime
{
    public static DateTime Show(DateTimeOffset at) => at.ToLocalTime().DateTime;

    public static DateTimeOffset Read(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, TimeZoneInfo.Local.GetUtcOffset(unspecified));
    }

    /// <summary>To the minute, as the field shows it.</summary>
    public static DateTime Minute(DateTime local) => new(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, local.Kind);
}
