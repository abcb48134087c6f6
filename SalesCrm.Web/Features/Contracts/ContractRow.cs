using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>A contract in a list: the latest version of its number the user may read.</summary>
public sealed record ContractRow(
    Guid Id, string Number, int Version, string Customer, string Owner, ContractStatus Status, Money Total, DateTimeOffset DraftedAt, DateTimeOffset? SignedAt, int OpenApprovals);
