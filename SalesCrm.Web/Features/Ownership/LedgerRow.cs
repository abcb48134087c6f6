using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// One line of a customer's ownership ledger as its readers see it, with people by name. <see cref="DecidedBy"/> is null
/// for a change the pool policy made (OWN-6).
/// </summary>
public sealed record LedgerRow(DateTimeOffset At, OwnershipChange Change, string Owner, string? PreviousOwner, string? DecidedBy, string? Reason);
