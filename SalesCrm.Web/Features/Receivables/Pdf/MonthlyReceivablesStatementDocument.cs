namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>
/// AR-2: last month's receivables and collections for the department head, as plain values filled by the receivables
/// service at the start of the month; the renderer reads no database. Every amount is in <see cref="Currency"/>.
/// </summary>
public sealed record MonthlyReceivablesStatementDocument
{
    /// <summary>The company whose letterhead the report carries.</summary>
    public required StatementParty Company { get; init; }

    /// <summary>E.g. "销售部 Sales Department": whose receivables these are.</summary>
    public required string Department { get; init; }

    /// <summary>The first day of the month reported on.</summary>
    public required DateOnly Month { get; init; }

    /// <summary>When the service produced the figures, in the company's time zone; also the PDF's creation date.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>ISO 4217 code, e.g. CNY.</summary>
    public required string Currency { get; init; }

    public required ReceivablesFigures Totals { get; init; }

    public required IReadOnlyList<RegionReceivables> Regions { get; init; }

    public required IReadOnlyList<RepReceivables> Reps { get; init; }

    /// <summary>Everything open at the month's end, by age past its due date.</summary>
    public required AgingBuckets Aging { get; init; }

    /// <summary>The overdue receivables one by one; the report groups them by aging bucket, oldest first.</summary>
    public required IReadOnlyList<OverdueReceivable> Overdue { get; init; }

    public required IReadOnlyList<CollectorProgress> Collectors { get; init; }
}
