using SalesCrm.Domain.Common;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>PIPE-3: one stage of the board with its cards (the most recent <see cref="OpportunityService.CardsPerColumn"/>), how many there are and their total per currency.</summary>
public sealed record BoardColumn(OpportunityStage Stage, IReadOnlyList<BoardCard> Cards, int Count, IReadOnlyList<MoneyTotal> Totals);
