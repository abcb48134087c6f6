using SalesCrm.Domain.Receivables;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>What a receivable action's dialog collected: the fields the action asks for are set, the others stay empty.</summary>
public sealed record ReceivableInput(decimal? Amount, string? Text, DateOnly? Date, DeductionKind Kind);
