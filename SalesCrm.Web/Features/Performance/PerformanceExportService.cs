using SalesCrm.Domain.Common;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Localization;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2/SEC-3: the scorecard the Performance page shows, as CSV (the figures) or Excel (the figures and the year's
/// trend). Only those <see cref="PerformanceAccess.CanExport"/> names may take it, and only the scorecards they may see
/// (<see cref="PerformanceService.ScorecardAsync"/>'s own rules); every download is recorded as an export.
/// </summary>
public sealed class PerformanceExportService(
    PerformanceService performance,
    ExportService exports,
    CurrentUserAccessor currentUser,
    Texts texts,
    ILogger<PerformanceExportService> logger)
{
    public async Task<bool> CanExportAsync() => PerformanceAccess.CanExport((await currentUser.RequireAsync()).Role);

    public async Task<byte[]> ExportAsync(Period period, Guid? regionId, SheetFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var user = await currentUser.RequireAsync();
        if (!PerformanceAccess.CanExport(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "export", "a performance scorecard");
            throw new AccessDeniedException("Only managers and finance export performance figures.");
        }

        Scorecard card;
        try
        {
            card = await performance.ScorecardAsync(period, regionId, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            logger.AccessDenied(user.Id, user.Role, "export", $"the performance of region {regionId}");
            throw;
        }

        var figures = ScorecardSheets.Figures(card, texts);
        var file = SheetFiles.Write(format, format == SheetFormat.Xlsx ? [figures, ScorecardSheets.Trend(card, texts)] : [figures]);
        await exports.RecordAsync(user, ExportKind.Performance, format.ToString(), null, await DescribeAsync(card, format, cancellationToken), card.Rows.Count, cancellationToken);
        return file;
    }

    /// <summary>"Team · East · 2026 Q2 · Xlsx", "Company · 2026 · Csv": whose figures, which period, which file.</summary>
    private async Task<string> DescribeAsync(Scorecard card, SheetFormat format, CancellationToken cancellationToken)
    {
        var region = card.RegionId is { } id
            ? (await performance.RegionsAsync(cancellationToken)).FirstOrDefault(r => r.Id == id)?.Name ?? id.ToString()
            : null;
        return string.Join(" · ", new[] { card.View.ToString(), region, card.Period.ToString(), format.ToString() }.OfType<string>());
    }
}
