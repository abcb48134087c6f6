namespace SalesCrm.Web.Features.Receivables;

/// <summary>AR-3: a rendered customer statement, ready to download.</summary>
public sealed record CustomerStatementFile(byte[] Content, string FileName, string StatementNumber);
