using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>The customer moved to another region with its new owner; what the region's staff work (service requests) follows.</summary>
public sealed record CustomerRegionChanged(Guid CustomerId, Guid PreviousRegionId, Guid RegionId) : DomainEvent;
