using System.Globalization;
using PdfSharp.Drawing;
using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-2: lays out the monthly receivables statement in reading order on a <see cref="PdfPageCursor"/>.</summary>
internal sealed class MonthlyStatementComposer(PdfPageCursor cursor, MonthlyReceivablesStatementDocument doc)
{
    private const double MoneyWidth = 60;
    private const double RateWidth = 44;

    public void Compose()
    {
        cursor.NewPage();
        StatementLetterhead.Draw(cursor, doc.Company);
        var lastDay = doc.Month.AddMonths(1).AddDays(-1);
        PdfHeaderBlocks.Title(
            cursor,
            StatementPdfLabels.MonthlyTitle,
            [$"{StatementPdfLabels.ReportMonth}: {MonthText(doc.Month)} ({PdfFormat.Date(doc.Month)} – {PdfFormat.Date(lastDay)})", $"{StatementPdfLabels.Department}: {doc.Department}"],
            [$"{StatementPdfLabels.GeneratedAt}: {GeneratedText(doc.GeneratedAt)}", $"{StatementPdfLabels.Currency}: {doc.Currency}"]);

        cursor.Heading(StatementPdfLabels.MonthlySummaryHeading, keepWithNext: 40);
        var totals = doc.Totals;
        PdfFigureRow.Draw(cursor,
        [
            (StatementPdfLabels.OpeningZh, StatementPdfLabels.OpeningEn, PdfFormat.Money(totals.Opening)),
            (StatementPdfLabels.InvoicedZh, StatementPdfLabels.InvoicedEn, PdfFormat.Money(totals.Invoiced)),
            (StatementPdfLabels.CollectedZh, StatementPdfLabels.CollectedEn, PdfFormat.Money(totals.Collected)),
            (StatementPdfLabels.DeductedZh, StatementPdfLabels.DeductedEn, PdfFormat.Money(totals.Deducted)),
            (StatementPdfLabels.ClosingZh, StatementPdfLabels.ClosingEn, PdfFormat.Money(totals.Closing)),
            (StatementPdfLabels.RateZh, StatementPdfLabels.RateLongEn, PdfFormat.Percent(totals.CollectionRatePercent)),
        ]);

        cursor.Heading(StatementPdfLabels.RegionsHeading, keepWithNext: 60);
        FiguresTable(
            [new(StatementPdfLabels.RegionZh, StatementPdfLabels.RegionEn, 0)],
            [.. doc.Regions.Select(r => new[] { r.Region })],
            [.. doc.Regions.Select(r => r.Figures)],
            doc.Totals);

        cursor.Heading(StatementPdfLabels.RepsHeading, keepWithNext: 60);
        FiguresTable(
            [new(StatementPdfLabels.RepZh, StatementPdfLabels.RepEn, 0), new(StatementPdfLabels.RegionZh, StatementPdfLabels.RegionEn, 84)],
            [.. doc.Reps.Select(r => new[] { r.Rep, r.Region })],
            [.. doc.Reps.Select(r => r.Figures)],
            doc.Totals);

        Overdue();
        Collectors();
    }

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string GeneratedText(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// Name columns (the first one takes the width left over) followed by the month's figures, closed by the
    /// department's figures, so the rows are seen to add up to them.
    /// </summary>
    private void FiguresTable(PdfColumn[] names, IReadOnlyList<string[]> nameCells, IReadOnlyList<ReceivablesFigures> figures, ReceivablesFigures total)
    {
        PdfColumn[] columns =
        [
            .. names,
            new(StatementPdfLabels.OpeningZh, StatementPdfLabels.OpeningShortEn, MoneyWidth, XStringAlignment.Far),
            new(StatementPdfLabels.InvoicedZh, StatementPdfLabels.InvoicedEn, MoneyWidth, XStringAlignment.Far),
            new(StatementPdfLabels.CollectedZh, StatementPdfLabels.CollectedEn, MoneyWidth, XStringAlignment.Far),
            new(StatementPdfLabels.DeductedZh, StatementPdfLabels.DeductedEn, MoneyWidth, XStringAlignment.Far),
            new(StatementPdfLabels.ClosingZh, StatementPdfLabels.ClosingShortEn, MoneyWidth, XStringAlignment.Far),
            new(StatementPdfLabels.RateZh, StatementPdfLabels.RateEn, RateWidth, XStringAlignment.Far),
        ];
        columns[0] = columns[0] with { Width = cursor.ContentWidth - columns.Sum(c => c.Width) };

        var rows = figures.Select((f, i) => (string[])[.. nameCells[i], .. Cells(f)]);
        cursor.Table(columns, rows, [new PdfTotalRow(StatementPdfLabels.Total, Cells(total))]);
    }

    private static string[] Cells(ReceivablesFigures f) =>
    [
        PdfFormat.Money(f.Opening), PdfFormat.Money(f.Invoiced), PdfFormat.Money(f.Collected), PdfFormat.Money(f.Deducted),
        PdfFormat.Money(f.Closing), PdfFormat.Percent(f.CollectionRatePercent),
    ];

    /// <summary>The aging summary, then one table per overdue bucket, oldest first, each with its subtotal.</summary>
    private void Overdue()
    {
        cursor.Heading(StatementPdfLabels.OverdueHeading, keepWithNext: 80);
        AgingTable.Draw(cursor, doc.Aging);
        if (doc.Overdue.Count == 0)
        {
            cursor.Y += 6;
            cursor.Paragraph(StatementPdfLabels.NoOverdue, cursor.Fonts.Body);
            return;
        }

        PdfColumn[] columns =
        [
            new(StatementPdfLabels.CustomerZh, StatementPdfLabels.CustomerEn, 0),
            new(StatementPdfLabels.ContractZh, StatementPdfLabels.ContractEn, 70),
            new(StatementPdfLabels.RepZh, StatementPdfLabels.RepEn, 56),
            new(StatementPdfLabels.CollectorZh, StatementPdfLabels.CollectorEn, 70),
            new(StatementPdfLabels.DueDateZh, StatementPdfLabels.DueDateEn, 56, XStringAlignment.Center),
            new(StatementPdfLabels.DaysOverdueZh, StatementPdfLabels.DaysOverdueEn, 40, XStringAlignment.Far),
            new(StatementPdfLabels.AmountZh, StatementPdfLabels.AmountEn, 72, XStringAlignment.Far),
        ];
        columns[0] = columns[0] with { Width = cursor.ContentWidth - columns.Sum(c => c.Width) };
        var bold = cursor.Fonts.BodyBold;
        foreach (var bucket in doc.Overdue.GroupBy(o => o.Bucket).OrderByDescending(g => g.Key))
        {
            var items = bucket.OrderByDescending(o => o.DaysOverdue).ToList();
            cursor.Y += 10;
            // The bucket's title, the table header and its first rows stay together.
            cursor.KeepTogether(PdfPageCursor.LineHeight(bold) + 2 + 70);
            cursor.DrawLines([StatementPdfLabels.BucketHeading(bucket.Key, items.Count)], bold, PdfPageCursor.Left, cursor.Y, cursor.ContentWidth);
            cursor.Y += PdfPageCursor.LineHeight(bold) + 2;
            var rows = items.Select(o => new[]
            {
                o.Customer, o.ContractNumber, o.Rep, o.Collector, PdfFormat.Date(o.DueDate), PdfFormat.Number(o.DaysOverdue),
                PdfFormat.Money(o.Amount),
            });
            cursor.Table(columns, rows, (StatementPdfLabels.Subtotal, PdfFormat.Money(items.Sum(o => o.Amount))));
        }
    }

    private void Collectors()
    {
        cursor.Heading(StatementPdfLabels.CollectorsHeading, keepWithNext: 60);
        PdfColumn[] columns =
        [
            new(StatementPdfLabels.CollectorZh, StatementPdfLabels.CollectorEn, 0),
            new(StatementPdfLabels.TargetZh, StatementPdfLabels.TargetEn, 100, XStringAlignment.Far),
            new(StatementPdfLabels.CollectedZh, StatementPdfLabels.CollectedEn, 100, XStringAlignment.Far),
            new(StatementPdfLabels.AchievedZh, StatementPdfLabels.AchievedEn, 70, XStringAlignment.Far),
        ];
        columns[0] = columns[0] with { Width = cursor.ContentWidth - columns.Sum(c => c.Width) };
        var rows = doc.Collectors.Select(c => new[]
        {
            c.Collector, PdfFormat.Money(c.Target), PdfFormat.Money(c.Collected),
            c.AchievedPercent is { } percent ? PdfFormat.Percent(percent) : StatementPdfLabels.NoTarget,
        });
        var target = doc.Collectors.Sum(c => c.Target);
        var collected = doc.Collectors.Sum(c => c.Collected);
        var all = new CollectorProgress("", target, collected);
        cursor.Table(
            columns,
            rows,
            [new PdfTotalRow(StatementPdfLabels.Total, [PdfFormat.Money(target), PdfFormat.Money(collected), all.AchievedPercent is { } p ? PdfFormat.Percent(p) : StatementPdfLabels.NoTarget])]);
    }
}
