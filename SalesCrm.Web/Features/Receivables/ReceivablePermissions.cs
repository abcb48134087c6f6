namespace SalesCrm.Web.Features.Receivables;

/// <summary>What the reader may do on a receivable; the service checks the same rules again on every action.</summary>
public sealed record ReceivablePermissions(bool Collect, bool RequestDebt, bool DecideDebt, bool ResolveQueries);
