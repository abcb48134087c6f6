namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>
/// AR-3: one movement on the customer's account in the period, in the order the statement lists them. The renderer
/// keeps the running balance from the opening balance, so the lines need only their own amounts.
/// </summary>
/// <param name="Reference">The invoice number, bank reference or claim number the customer can look up.</param>
/// <param name="Debit">What the line adds to the balance (invoices); 0 otherwise.</param>
/// <param name="Credit">What the line takes off the balance (payments, credit notes, deductions); 0 otherwise.</param>
public sealed record CustomerStatementLine(
    DateOnly Date,
    string ContractNumber,
    StatementLineKind Kind,
    string Reference,
    decimal Debit,
    decimal Credit);
