namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// OWN-2's hint while typing: an existing customer or lead whose name is like the typed one but not the same, told as
/// OWN-3 allows: who owns it (name and region) and since when. <see cref="Name"/> and <see cref="Link"/> (its page)
/// are given only when the user may read it (SEC-1), and are null otherwise.
/// </summary>
public sealed record PossibleDuplicate(string? Name, string? Link, string Owner, string Region, DateTimeOffset Since, bool IsYours);
