namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>
/// AR-3: the periodic statement a customer receives to confirm or query, as plain values filled by the receivables
/// service; the renderer reads no database. Every amount is in <see cref="Currency"/>.
/// </summary>
public sealed record CustomerStatementDocument
{
    public required string StatementNumber { get; init; }

    /// <summary>The issuing company, printed as the letterhead and in the issuer's signature block.</summary>
    public required StatementParty Company { get; init; }

    public required StatementParty Customer { get; init; }

    public required DateOnly PeriodFrom { get; init; }

    public required DateOnly PeriodTo { get; init; }

    /// <summary>Also the PDF's creation date, so the same statement renders the same document information.</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>ISO 4217 code, e.g. CNY.</summary>
    public required string Currency { get; init; }

    /// <summary>What the customer owed at the start of <see cref="PeriodFrom"/>.</summary>
    public required decimal OpeningBalance { get; init; }

    public required IReadOnlyList<CustomerStatementLine> Lines { get; init; }

    /// <summary>What is still open at <see cref="PeriodTo"/>, by age past its due date.</summary>
    public required AgingBuckets Aging { get; init; }

    /// <summary>The days the customer has to confirm the statement or raise a query.</summary>
    public required int ConfirmWithinDays { get; init; }

    /// <summary>Who answers queries, e.g. "应收会计 李娜 0571-8888 6677 · ar@example.cn".</summary>
    public required string QueryContact { get; init; }

    /// <summary>The bank account to pay into, as display text; empty to leave it out.</summary>
    public string PaymentAccount { get; init; } = "";

    public decimal PeriodDebit => Lines.Sum(l => l.Debit);

    public decimal PeriodCredit => Lines.Sum(l => l.Credit);

    public decimal ClosingBalance => OpeningBalance + PeriodDebit - PeriodCredit;
}
