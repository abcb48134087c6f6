using SalesCrm.Domain.Common;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>PIPE-3: an opportunity on the board: customer, amount, owner and how long it has been in its stage.</summary>
public sealed record BoardCard(Guid Id, string Title, string Customer, Money? Amount, string Owner, OpportunityStage Stage, int DaysInStage);
