namespace SalesCrm.Domain.Receivables;

/// <summary>
/// AR-1: an amount and the day a contract fixed for its payment. The first line is the contract's total at its signing;
/// a signed new version that adds to the total adds a line of its own, due by its own terms. A line's date never moves.
/// </summary>
public sealed record ReceivableDueLine(DateOnly DueOn, decimal Amount);
