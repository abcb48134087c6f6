using SalesCrm.Domain.Common;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2/SEC-3: a scorecard as the tables its downloads carry, shaped once for CSV and Excel alike. The figures: one row
/// per person (or region) in the page's ranking, then the total — rank, name, signed amount and target, attainment,
/// new valid customers and their target, leads registered, the four shares (collection, conversion, A-tier
/// coverage, complaints answered in time), grade, and what finance verified when the month is verified.
/// The trend: the year's months, signed against target.
/// </summary>
public static class ScorecardSheets
{
    public static ExportSheet Figures(Scorecard card, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(texts);
        var verified = card.Verifications.Count > 0;
        List<ExportColumn> columns =
        [
            new(texts["Performance.Rank"], ExportColumnKind.Count, 6),
            new(card.View == PerformanceView.Company ? texts["Performance.Region"] : texts["Performance.Name"], ExportColumnKind.Text, 16),
            new(texts["Performance.SignedIn", Money.DefaultCurrency], ExportColumnKind.Amount, 12),
            new(texts["Performance.TargetIn", Money.DefaultCurrency], ExportColumnKind.Amount, 12),
            new(texts["Performance.AttainmentPercent"], ExportColumnKind.Percent, 10),
            new(texts["Performance.NewCustomers"], ExportColumnKind.Count, 10),
            new(texts["Performance.NewCustomersTarget"], ExportColumnKind.Count, 10),
            new(texts["Performance.Leads"], ExportColumnKind.Count, 10),
            new(texts["Performance.CollectionRatePercent"], ExportColumnKind.Percent, 10),
            new(texts["Performance.ConversionPercent"], ExportColumnKind.Percent, 10),
            new(texts["Performance.ATierCoveragePercent"], ExportColumnKind.Percent, 10),
            new(texts["Performance.FirstResponsePercent"], ExportColumnKind.Percent, 10),
            new(texts["Performance.Grade"], ExportColumnKind.Text, 10),
        ];
        if (verified)
        {
            columns.Add(new(texts["Performance.VerifiedIn", Money.DefaultCurrency], ExportColumnKind.Amount, 12));
        }

        IReadOnlyList<ExportCell> Row(int? rank, string name, ScorecardRow row)
        {
            List<ExportCell> cells =
            [
                ExportCell.Of(rank),
                ExportCell.Of(name),
                ExportCell.Of(row.SignedAmount.Actual),
                ExportCell.Of(row.SignedAmount.Target),
                ExportCell.Of(row.SignedAmount.Attainment.Percent),
                ExportCell.Of(row.NewValidCustomers.Actual),
                ExportCell.Of(row.NewValidCustomers.Target),
                ExportCell.Of(row.LeadsRegistered),
                ExportCell.Of(row.Collection.Percent),
                ExportCell.Of(row.Conversion.Percent),
                ExportCell.Of(row.ATierCoverage.Percent),
                ExportCell.Of(row.FirstResponse.Percent),
                ExportCell.Of(row.Grade is { } grade ? PerformanceFormat.GradeText(texts, grade) : null),
            ];
            if (verified)
            {
                cells.Add(ExportCell.Of(row.Verified?.SignedAmount));
            }

            return cells;
        }

        var rows = card.Ranked.Select((r, i) => Row(i + 1, r.Name, r)).Append(Row(null, texts["Performance.Total"], card.Total)).ToList();
        return new ExportSheet(texts["Performance.SheetFigures"], columns, rows, EndsWithTotal: true);
    }

    public static ExportSheet Trend(Scorecard card, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(texts);
        ExportColumn[] columns =
        [
            new(texts["Performance.Month"], ExportColumnKind.Text, 10),
            new(texts["Performance.SignedIn", Money.DefaultCurrency], ExportColumnKind.Amount, 12),
            new(texts["Performance.TargetIn", Money.DefaultCurrency], ExportColumnKind.Amount, 12),
        ];
        var rows = card.Trend.Select(p => (IReadOnlyList<ExportCell>)[ExportCell.Of(p.Month.ToString()), ExportCell.Of(p.SignedAmount), ExportCell.Of(p.Target)]).ToList();
        return new ExportSheet(texts["Performance.SheetTrend"], columns, rows);
    }
}
