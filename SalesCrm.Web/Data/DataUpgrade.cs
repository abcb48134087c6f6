namespace SalesCrm.Web.Data;

/// <summary>
/// A one-time rewrite of stored data that a migration's SQL cannot do, because it needs the SEC-4 key that the
/// database never holds; recorded when done, in the same transaction, so it runs once per database.
/// </summary>
public sealed class DataUpgrade
{
    public const int IdMaxLength = 100;

    public string Id { get; set; } = string.Empty;
    public DateTimeOffset AppliedAt { get; set; }
}
