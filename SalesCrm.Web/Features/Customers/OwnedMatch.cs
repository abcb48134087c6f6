using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// OWN-2/OWN-3: an existing customer that the typed data matches, told without any of its details: only what
/// matched, who owns it (name and region) and since when. <see cref="InPool"/>: nobody owns it; it is in the shared
/// pool (OWN-6) since <see cref="Since"/>, to be claimed there.
/// </summary>
public sealed record OwnedMatch(MatchKind Reason, string Owner, string Region, DateTimeOffset Since, bool IsYours, bool InPool = false);
