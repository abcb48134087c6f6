using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Receivables;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// Receivables (AR-1, AR-3): opened when a contract is signed, worked by collectors, read by whoever reads the contract
/// (<see cref="ContractAccess.Readable"/>; anything else is "not found"). Deductions and claims are reported to the
/// region's sales manager, a cash customer's debt request goes to them for a decision, a verified query to the
/// department head; <see cref="AlertOverdueDebtsAsync"/> tells owning reps once when a promised date passes unpaid.
/// </summary>
public sealed class ReceivableService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    ILogger<ReceivableService> logger)
{
    private static readonly ValidationError[] NotFound = [new(string.Empty, "Receivable.NotFound", "This contract has no receivable, or you have no access to it.")];
    private static readonly AuditActor DebtPolicy = new(null, "AR-1 debt alert");
    private static readonly AuditActor OverduePolicy = new(null, "AR-1 overdue alert");

    /// <summary>The receivable of a contract the user may read, or null (no receivable yet, or out of reach).</summary>
    public async Task<ReceivableView?> GetForContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        var receivable = contract is null ? null : await db.Receivables.AsNoTracking().FirstOrDefaultAsync(r => r.ContractId == contractId, cancellationToken);
        if (contract is null || receivable is null)
        {
            return null;
        }

        var userIds = receivable.Entries.Select(e => e.ById)
            .Concat(receivable.Queries.SelectMany(q => new[] { q.RaisedById, q.VerifiedById ?? Guid.Empty, q.ResolvedById ?? Guid.Empty }))
            .Append(receivable.OwnerId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == receivable.CustomerId).Select(c => c.Name).FirstAsync(cancellationToken);
        string Name(Guid? id) => id is { } key && names.TryGetValue(key, out var name) ? name : string.Empty;

        var today = Today();
        var history = receivable.Entries.OrderByDescending(e => e.At)
            .Select(e => new ReceivableHistoryRow(e.Kind, e.Amount, receivable.Currency, e.Reference, e.Note, e.On, Name(e.ById), e.At)).ToList();
        var queries = receivable.Queries.OrderByDescending(q => q.RaisedAt)
            .Select(q => new ReceivableQueryRow(q.Id, q.Text, q.Status, Name(q.RaisedById), q.RaisedAt, q.Finding, q.VerifiedById is null ? null : Name(q.VerifiedById), q.Resolution,
                q.ResolvedById is null ? null : Name(q.ResolvedById)))
            .ToList();
        var may = new ReceivablePermissions(
            ContractAccess.CanCollect(user), ReceivableAccess.CanRequestDebt(user, contract), ReceivableAccess.CanDecideDebt(user, contract), ReceivableAccess.CanResolveQueries(user));
        return new ReceivableView(
            contract.Id, contract.Number, customer, Name(receivable.OwnerId), receivable.Total, receivable.Confirmed, receivable.Invoiced, receivable.Collected,
            receivable.Credited, receivable.Deducted, receivable.Outstanding, receivable.DueDate, receivable.AgingFrom, receivable.DaysOverdue(today),
            receivable.AgingOn(today), receivable.Settlement == Domain.Customers.SettlementMethod.Cash, receivable.Debt, receivable.PromisedDate,
            receivable.DebtRefusalReason, history, queries, may);
    }

    /// <summary>AR-1: the overdue receivables the user may read, oldest first, optionally of one aging bucket.</summary>
    public async Task<PagedResult<OverdueRow>> OverdueAsync(AgingBucket? bucket, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        var today = Today();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Readable(db, user).Where(r => !r.IsSettled && r.AgingFrom < today);
        if (bucket is { } chosen)
        {
            var (min, max) = Aging.DaysOf(chosen);
            var latest = today.AddDays(-min);
            query = query.Where(r => r.AgingFrom <= latest);
            if (max is { } days)
            {
                var earliest = today.AddDays(-days);
                query = query.Where(r => r.AgingFrom >= earliest);
            }
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = LikePattern.Containing(request.Search.Trim());
            query = query.Where(r => db.Contracts.Any(c => c.Id == r.ContractId && EF.Functions.Like(c.Number, pattern, LikePattern.Escape))
                || db.Customers.Any(c => c.Id == r.CustomerId && EF.Functions.Like(c.Name, pattern, LikePattern.Escape))
                || db.Users.Any(u => u.Id == r.OwnerId && EF.Functions.Like(u.DisplayName, pattern, LikePattern.Escape)));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.AgingFrom).ThenBy(r => r.Id).Skip(request.Skip).Take(request.Take)
            .Select(r => new
            {
                r.ContractId,
                Number = db.Contracts.Where(c => c.Id == r.ContractId).Select(c => c.Number).First(),
                Customer = db.Customers.Where(c => c.Id == r.CustomerId).Select(c => c.Name).First(),
                Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).First(),
                Region = db.Regions.Where(g => g.Id == r.RegionId).Select(g => g.Name).First(),
                r.AgingFrom,
                r.Currency,
                r.TotalAmount,
                r.DeductedAmount,
                r.CollectedAmount,
                r.Debt,
                r.OpenQueries,
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<OverdueRow>(
            rows.Select(r =>
            {
                var days = Aging.DaysPast(r.AgingFrom, today);
                return new OverdueRow(r.ContractId, r.Number, r.Customer, r.Owner, r.Region, r.AgingFrom, days, Aging.BucketOf(days),
                    new Money(Math.Max(0m, r.TotalAmount - r.DeductedAmount - r.CollectedAmount), r.Currency), r.Debt, r.OpenQueries);
            }).ToList(),
            total);
    }

    /// <summary>AR-1: the open receivables the user may read, per aging bucket (not yet due included), with what they still owe.</summary>
    public async Task<IReadOnlyList<AgingSummaryRow>> AgingSummaryAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var today = Today();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // SQLite keeps decimals as text, so the sums are made here over the few amount columns alone.
        var open = await Readable(db, user).Where(r => !r.IsSettled)
            .Select(r => new { r.AgingFrom, r.Currency, Owed = r.TotalAmount - r.DeductedAmount, r.CollectedAmount })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<AgingBucket>()
            .Select(bucket =>
            {
                var inBucket = open.Where(r => Aging.BucketOf(Aging.DaysPast(r.AgingFrom, today)) == bucket).ToList();
                var amounts = MoneyTotal.ByCurrency(inBucket, r => Math.Max(0m, r.Owed - r.CollectedAmount), r => r.Currency);
                return new AgingSummaryRow(bucket, inBucket.Count, amounts);
            })
            .ToList();
    }

    /// <summary>AR-3: the customer confirmed <paramref name="amount"/> of the charges.</summary>
    public Task<IReadOnlyList<ValidationError>> ConfirmChargesAsync(Guid contractId, decimal? amount, string? confirmedBy, CancellationToken cancellationToken = default) =>
        CollectAsync(contractId, "confirm charges", (r, user, now) => r.ConfirmCharges(Amount(r, amount), confirmedBy, user.Id, now), cancellationToken);

    /// <summary>AR-3: an invoice for confirmed, not yet invoiced charges.</summary>
    public Task<IReadOnlyList<ValidationError>> InvoiceAsync(Guid contractId, string? number, decimal? amount, CancellationToken cancellationToken = default) =>
        CollectAsync(contractId, "invoice", (r, user, now) => r.Invoice(number, Amount(r, amount), user.Id, now), cancellationToken);

    /// <summary>AR-1: money received on <paramref name="paidOn"/>; more than is owed only against a credit note.</summary>
    public Task<IReadOnlyList<ValidationError>> RecordPaymentAsync(Guid contractId, decimal? amount, DateOnly? paidOn, CancellationToken cancellationToken = default) =>
        CollectAsync(contractId, "record a payment", (r, user, now) => r.RecordPayment(Amount(r, amount), paidOn ?? calendar.DayOf(now), user.Id, now, calendar), cancellationToken);

    public Task<IReadOnlyList<ValidationError>> IssueCreditNoteAsync(Guid contractId, decimal? amount, string? reason, CancellationToken cancellationToken = default) =>
        CollectAsync(contractId, "issue a credit note", (r, user, now) => r.IssueCreditNote(Amount(r, amount), reason, user.Id, now), cancellationToken);

    /// <summary>AR-1 (003 §9.3): a deduction or claim, recorded and reported to the region's sales manager in the same save — never silent.</summary>
    public Task<IReadOnlyList<ValidationError>> RecordDeductionAsync(Guid contractId, decimal? amount, string? reason, DeductionKind kind, CancellationToken cancellationToken = default) =>
        ChangeAsync(contractId, "record a deduction", (user, _) => ContractAccess.CanCollect(user), async (r, db, user, contract, now) =>
        {
            r.RecordDeduction(Amount(r, amount), reason, kind, user.Id, now);
            var entry = r.Entries[^1];
            var subject = await SubjectAsync(db, contract, r, cancellationToken);
            return (await Audiences.RegionHeadsAsync(db, r.RegionId, user.Id, cancellationToken))
                .Select(id => Notification.For(id, NotificationKind.ReceivableDeduction, subject, $"{new Money(entry.Amount, r.Currency)} · {entry.Note}", Link(contract.Id), now))
                .ToList();
        }, cancellationToken);

    /// <summary>AR-1 (003 §8.3.3): asks that a cash customer may pay by <paramref name="promisedDate"/>; the region's sales manager is asked to decide.</summary>
    public Task<IReadOnlyList<ValidationError>> RequestDebtAsync(Guid contractId, DateOnly? promisedDate, CancellationToken cancellationToken = default) =>
        ChangeAsync(contractId, "request a debt", ReceivableAccess.CanRequestDebt, async (r, db, user, contract, now) =>
        {
            r.RequestDebt(promisedDate, user.Id, now, calendar);
            var subject = await SubjectAsync(db, contract, r, cancellationToken);
            return (await Audiences.RegionHeadsAsync(db, r.RegionId, user.Id, cancellationToken))
                .Select(id => Notification.For(id, NotificationKind.DebtApprovalRequested, subject, user.Name, Link(contract.Id), now))
                .ToList();
        }, cancellationToken);

    /// <summary>AR-1: the region's sales manager allows the requested debt (not their own request).</summary>
    public Task<IReadOnlyList<ValidationError>> AllowDebtAsync(Guid contractId, CancellationToken cancellationToken = default) =>
        ChangeAsync(contractId, "allow a debt", ReceivableAccess.CanDecideDebt, (r, _, user, _, now) =>
        {
            r.AllowDebt(user.Id, now);
            return Task.FromResult<IReadOnlyList<Notification>>([]);
        }, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> RefuseDebtAsync(Guid contractId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(contractId, "refuse a debt", ReceivableAccess.CanDecideDebt, (r, _, user, _, now) =>
        {
            r.RefuseDebt(user.Id, reason, now);
            return Task.FromResult<IReadOnlyList<Notification>>([]);
        }, cancellationToken);

    /// <summary>AR-3: records a customer's query about the receivable.</summary>
    public Task<IReadOnlyList<ValidationError>> RaiseQueryAsync(Guid contractId, string? text, CancellationToken cancellationToken = default) =>
        CollectAsync(contractId, "record a query", (r, user, now) => r.RaiseQuery(text, user.Id, now), cancellationToken);

    /// <summary>AR-3: the collector verifies a query and proposes a resolution; the department head is told in the same save.</summary>
    public Task<IReadOnlyList<ValidationError>> VerifyQueryAsync(Guid contractId, Guid queryId, string? finding, CancellationToken cancellationToken = default) =>
        ChangeAsync(contractId, "verify a query", (user, _) => ContractAccess.CanCollect(user), async (r, db, user, contract, now) =>
        {
            r.VerifyQuery(queryId, user.Id, finding, now);
            var subject = await SubjectAsync(db, contract, r, cancellationToken);
            var heads = await db.Users.Where(u => u.Id != user.Id).IdsAsync(Audiences.Directors, cancellationToken);
            return heads.Select(id => Notification.For(id, NotificationKind.ReceivableQueryVerified, subject, user.Name, Link(contract.Id), now)).ToList();
        }, cancellationToken);

    /// <summary>AR-3: the department head resolves a verified query.</summary>
    public Task<IReadOnlyList<ValidationError>> ResolveQueryAsync(Guid contractId, Guid queryId, string? resolution, CancellationToken cancellationToken = default) =>
        ChangeAsync(contractId, "resolve a query", (user, _) => ReceivableAccess.CanResolveQueries(user), (r, _, user, _, now) =>
        {
            r.ResolveQuery(queryId, user.Id, resolution, now);
            return Task.FromResult<IReadOnlyList<Notification>>([]);
        }, cancellationToken);

    /// <summary>
    /// AR-1 (003 §8.3.3), the alert job's work: the owning rep of every allowed debt whose promised date has passed unpaid
    /// is told once — the receivable records the alert in the same save, so later runs skip it. Returns how many were told.
    /// </summary>
    public async Task<int> AlertOverdueDebtsAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = calendar.DayOf(now);
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Receivables.AsNoTracking()
                .Where(r => r.Debt == DebtStatus.Allowed && !r.IsSettled && r.DebtOverdueAlertedAt == null && r.PromisedDate < today)
                .OrderBy(r => r.PromisedDate).Select(r => r.Id).ToListAsync(cancellationToken);
        }

        return await AlertOwnersAsync(due, DebtPolicy, NotificationKind.DebtPastPromisedDate, r =>
        {
            r.MarkDebtOverdueAlerted(now, calendar);
            return r.PromisedDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }, now, cancellationToken);
    }

    /// <summary>
    /// AR-1: tells the owning rep, who helps collect, each time a receivable reaches the next overdue step (due, 30, 60,
    /// 90 days past the date aging counts from) — once per step, each in its own save. Returns how many were told.
    /// </summary>
    public async Task<int> AlertOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = calendar.DayOf(now);
        var (due, days30, days60, days90) = (Aging.ReachedBy(AgingBucket.Days1To30, today), Aging.ReachedBy(AgingBucket.Days31To60, today),
            Aging.ReachedBy(AgingBucket.Days61To90, today), Aging.ReachedBy(AgingBucket.Over90, today));
        List<Guid> behind;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            behind = await db.Receivables.AsNoTracking()
                .Where(r => !r.IsSettled && r.Debt != DebtStatus.Allowed
                    && ((r.OverdueAlerted < AgingBucket.Days1To30 && r.AgingFrom <= due) || (r.OverdueAlerted < AgingBucket.Days31To60 && r.AgingFrom <= days30)
                        || (r.OverdueAlerted < AgingBucket.Days61To90 && r.AgingFrom <= days60) || (r.OverdueAlerted < AgingBucket.Over90 && r.AgingFrom <= days90)))
                .OrderBy(r => r.AgingFrom).Select(r => r.Id).ToListAsync(cancellationToken);
        }

        return await AlertOwnersAsync(behind, OverduePolicy, NotificationKind.ReceivableOverdue, r =>
        {
            r.MarkOverdueAlerted(now, calendar);
            return r.DaysOverdue(today).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, now, cancellationToken);
    }

    /// <summary>
    /// AR-1: each receivable in its own save — the domain records the alert (<paramref name="mark"/>, which answers the
    /// notification's detail) and the owning rep is told. One paid or changed meanwhile is left for the next run.
    /// Returns how many were told.
    /// </summary>
    private async Task<int> AlertOwnersAsync(
        IReadOnlyList<Guid> ids, AuditActor policy, NotificationKind kind, Func<Receivable, string> mark, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alerted = 0;
        foreach (var id in ids)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Actor = policy;
            var receivable = await db.Receivables.FirstAsync(r => r.Id == id, cancellationToken);
            try
            {
                var detail = mark(receivable);
                var contract = await db.Contracts.AsNoTracking().FirstAsync(c => c.Id == receivable.ContractId, cancellationToken);
                var note = Notification.For(receivable.OwnerId, kind, await SubjectAsync(db, contract, receivable, cancellationToken), detail, Link(contract.Id), now);
                db.Notifications.Add(note);
                await db.SaveChangesAsync(cancellationToken);
                logger.OwnerAlerted(receivable.ContractId, receivable.OwnerId, kind);
                alerted++;
            }
            catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException)
            {
                // Paid or changed meanwhile: the next run looks again.
            }
        }

        return alerted;
    }

    private Task<IReadOnlyList<ValidationError>> CollectAsync(Guid contractId, string action, Action<Receivable, CurrentUser, DateTimeOffset> change, CancellationToken cancellationToken) =>
        ChangeAsync(contractId, action, (user, _) => ContractAccess.CanCollect(user), (r, _, user, _, now) =>
        {
            change(r, user, now);
            return Task.FromResult<IReadOnlyList<Notification>>([]);
        }, cancellationToken);

    /// <summary>
    /// One audited change: the contract must be readable (else "not found"), the user allowed (else denied and logged),
    /// the domain's refusal comes back as messages, and the notifications are saved with the change.
    /// </summary>
    private async Task<IReadOnlyList<ValidationError>> ChangeAsync(
        Guid contractId,
        string action,
        Func<CurrentUser, Contract, bool> may,
        Func<Receivable, CrmDbContext, CurrentUser, Contract, DateTimeOffset, Task<IReadOnlyList<Notification>>> change,
        CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        var receivable = contract is null ? null : await db.Receivables.FirstOrDefaultAsync(r => r.ContractId == contractId, cancellationToken);
        if (contract is null || receivable is null)
        {
            return NotFound;
        }

        if (!may(user, contract))
        {
            logger.AccessDenied(user.Id, user.Role, action, $"receivable of contract {contractId}");
            throw new AccessDeniedException("Your role does not allow this on a receivable.");
        }

        var errors = await DomainMoves.TryAsync(
            async () =>
            {
                db.Notifications.AddRange(await change(receivable, db, user, contract, time.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
            },
            new ValidationError(string.Empty, "Receivable.ChangedMeanwhile", "Someone changed this receivable a moment ago. Reload and try again."));

        // A refusal about an amount (Money.*) belongs next to the amount field.
        errors = errors.Select(e => e.Field.Length == 0 && e.Code.StartsWith("Money.", StringComparison.Ordinal) ? e with { Field = "Amount" } : e).ToList();
        if (errors.Count == 0)
        {
            logger.ReceivableChanged(contractId, action, user.Id);
        }

        return errors;
    }

    /// <summary>A receivable is readable when its contract is (SEC-1).</summary>
    private static IQueryable<Receivable> Readable(CrmDbContext db, CurrentUser user)
    {
        var contracts = db.Contracts.Where(ContractAccess.Readable(user, db.Customers)).Select(c => c.Id);
        return db.Receivables.AsNoTracking().Where(r => contracts.Contains(r.ContractId));
    }

    private static async Task<string> SubjectAsync(CrmDbContext db, Contract contract, Receivable receivable, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == receivable.CustomerId).Select(c => c.Name).FirstAsync(cancellationToken);
        return $"{contract.Number} · {customer}";
    }

    private static Money Amount(Receivable receivable, decimal? amount) =>
        amount is { } value
            ? new Money(value, receivable.Currency)
            : throw new DomainValidationException([new ValidationError("Amount", "Receivable.AmountNotPositive", "The amount is more than zero.")]);

    private static string Link(Guid contractId) => $"/contracts/{contractId}";

    private DateOnly Today() => calendar.Today(time);
}
