using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// A customer in the shared pool as every rep sees it: enough to decide to claim it, no contact details, and the reason
/// the pool's rules would refuse the rep's claim now (null when they may claim it).
/// </summary>
public sealed record PooledRow(Guid Id, string Name, string? Industry, string Region, string FormerOwner, DateTimeOffset PooledAt, PoolRefusal? Refusal);
