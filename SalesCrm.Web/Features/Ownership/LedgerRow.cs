using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>One line of a customer's ownership ledger as its readers see it, with people by name.</summary>
public sealed record LedgerRow(DateTimeOffset At, OwnershipChange Change, string Owner, string? PreviousOwner, string DecidedBy, string? Reason);
