using SalesCrm.Domain.Common;
using SalesCrm.Domain.Ownership;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// OWN-5/OWN-6: the customer has a new owner (a transfer, an upheld dispute, a claim from the pool). Everything the
/// customer owns follows it: open opportunities, contracts and their receivables, the agenda's planned contacts.
/// </summary>
public sealed record CustomerOwnerChanged(Guid CustomerId, OwnershipChange Change, Guid PreviousOwnerId, Guid OwnerId, Guid RegionId) : DomainEvent;
