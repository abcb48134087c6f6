using SalesCrm.Domain.Common;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>An opportunity in a list: where it stands, what it is worth, whose it is and how long it has waited.</summary>
public sealed record OpportunityRow(Guid Id, string Title, OpportunityStage Stage, bool IsLost, Money? Amount, string Owner, int DaysInStage, DateTimeOffset OpenedAt);
