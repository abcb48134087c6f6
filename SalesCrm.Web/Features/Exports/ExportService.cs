using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Localization;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Exports;

/// <summary>
/// SEC-3: every download of customer data is an export, recorded in the audit trail (<see cref="AuditAction.Exported"/>)
/// as who took which kind of file, what it held and when; the Exports page reads them back for the director and
/// administrators (<see cref="ExportAccess"/>). The one place an export is written: the service that makes a file calls
/// <see cref="RecordAsync"/> after its own access rules let the user have it and before the file is handed out.
/// </summary>
public sealed class ExportService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    Texts texts,
    ILogger<ExportService> logger)
{
    /// <summary>What an entry says it held is cut to the audit trail's subject column.</summary>
    public const int MaxWhatLength = 200;

    /// <summary>
    /// Records that <paramref name="user"/> takes a <paramref name="kind"/> file now. <paramref name="recordId"/> is the
    /// contract or customer it is of (none for a list); <paramref name="rows"/> how many rows a list carried.
    /// </summary>
    public Task RecordAsync(CurrentUser user, ExportKind kind, Guid? recordId, string? what, int? rows, CancellationToken cancellationToken = default) =>
        RecordAsync(user, kind, FormatOf(kind), recordId, what, rows, cancellationToken);

    /// <summary>The same, for a kind that comes in more than one <paramref name="format"/> ("Csv", "Xlsx").</summary>
    public async Task RecordAsync(CurrentUser user, ExportKind kind, string format, Guid? recordId, string? what, int? rows, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        ArgumentNullException.ThrowIfNull(user);
        var subject = Text.Clean(what);
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = user.Id,
            ActorName = user.Name,
            EntityType = kind.ToString(),
            EntityId = recordId ?? Guid.NewGuid(),
            Action = AuditAction.Exported,
            Field = format,
            Subject = subject is { Length: > MaxWhatLength } ? subject[..MaxWhatLength] : subject,
            NewValue = rows?.ToString(CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.Exported(kind, user.Id, recordId, rows);
    }

    /// <summary>
    /// The exports, newest first, searched by who took them, what they held or the kind of file (in the reader's
    /// language). Only the director and administrators; anyone else is refused.
    /// </summary>
    public async Task<PagedResult<ExportRow>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        if (!ExportAccess.CanSeeExports(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "list", "exports");
            throw new AccessDeniedException("Only the marketing director and administrators see who exported what.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Exported);
        if (Text.Clean(request.Search) is { } term)
        {
            var pattern = LikePattern.Containing(term);
            var kinds = Enum.GetValues<ExportKind>().Where(k => texts.Of(k).Contains(term, StringComparison.CurrentCultureIgnoreCase)).Select(k => k.ToString()).ToList();
            query = query.Where(a => EF.Functions.Like(a.ActorName, pattern, LikePattern.Escape)
                || (a.Subject != null && EF.Functions.Like(a.Subject, pattern, LikePattern.Escape))
                || kinds.Contains(a.EntityType));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(a => a.Id).Skip(request.Skip).Take(request.Take)
            .Select(a => new { a.At, a.ActorName, a.EntityType, a.Subject, a.NewValue })
            .ToListAsync(cancellationToken);
        return new PagedResult<ExportRow>(
            page.Select(a => new ExportRow(
                a.At, a.ActorName, Enum.TryParse<ExportKind>(a.EntityType, out var kind) ? kind : null, a.Subject,
                int.TryParse(a.NewValue, NumberStyles.None, CultureInfo.InvariantCulture, out var rows) ? rows : null)).ToList(),
            total);
    }

    private static string FormatOf(ExportKind kind) => kind is ExportKind.ContractLedger or ExportKind.LeadImportReport ? "Csv" : "Pdf";
}
