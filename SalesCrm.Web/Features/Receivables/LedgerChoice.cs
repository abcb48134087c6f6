namespace SalesCrm.Web.Features.Receivables;

/// <summary>A region or rep the ledger can be filtered by.</summary>
public sealed record LedgerChoice(Guid Id, string Name);
