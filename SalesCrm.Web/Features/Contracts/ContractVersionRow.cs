using SalesCrm.Domain.Contracts;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>CON-3: one version of a contract number, readable for good.</summary>
public sealed record ContractVersionRow(Guid Id, int Version, ContractStatus Status, DateTimeOffset DraftedAt, DateTimeOffset? SignedAt);
