using System.Collections.Concurrent;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// The reports of recent imports, kept in memory for <see cref="Lifetime"/> so the user who ran an import can download
/// it (one report per user: a new import replaces the last). Nobody else gets it, whatever id they try.
/// </summary>
public sealed class LeadImportReports(TimeProvider time, ILogger<LeadImportReports> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<Guid, Kept> _reports = new();

    public Guid Keep(Guid userId, LeadImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var now = time.GetUtcNow();
        foreach (var (id, kept) in _reports)
        {
            if (kept.UserId == userId || kept.Until <= now)
            {
                _reports.TryRemove(id, out _);
            }
        }

        var reportId = Guid.NewGuid();
        _reports[reportId] = new Kept(userId, result, now + Lifetime);
        return reportId;
    }

    /// <summary>The report, if it is still kept and <paramref name="user"/> ran the import; otherwise null.</summary>
    public LeadImportResult? Find(Guid reportId, CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!_reports.TryGetValue(reportId, out var kept) || kept.Until <= time.GetUtcNow())
        {
            return null;
        }

        if (kept.UserId != user.Id)
        {
            logger.AccessDenied(user.Id, user.Role, "download", $"lead import report {reportId}");
            return null;
        }

        return kept.Result;
    }

    private sealed record Kept(Guid UserId, LeadImportResult Result, DateTimeOffset Until);
}
