using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Receivables;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Contracts;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Features.Receivables.Pdf;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// AR-3 (003 §9.5): the periodic statement a customer receives to confirm or query, as a PDF. It covers the receivables
/// of the customer's contracts the user may read (<see cref="ContractAccess.Readable"/>, SEC-1); a user who may read
/// none of them gets "not found" (null), as for any record out of reach.
/// <para>
/// The account is kept as a customer's bookkeeping sees it: a <b>debit</b> is an amount invoiced
/// (<see cref="ReceivableEntryKind.Invoice"/>); a <b>credit</b> is a payment, a deduction or a claim. Confirmed charges
/// are not invoiced yet, and a credit note only lets money beyond the total be received (the customer's credit shows as
/// a balance below zero), so neither moves the balance — the same basis as the monthly statement (AR-2). A payment is dated the day the money arrived,
/// every other entry the day it was recorded (UTC). The <b>opening balance</b> is debits less credits dated before
/// <c>from</c>; the lines are the movements from <c>from</c> to <c>to</c> inclusive, in date order; the aging is what each
/// receivable still owes at <c>to</c> on the same entries, bucketed by the domain's <see cref="Aging"/> from the date aging
/// counts from. Entries after <c>to</c> are left out, so a statement of a past period reads the same when issued again.
/// </para>
/// </summary>
public sealed class CustomerStatementService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    CustomerStatementPdfRenderer renderer,
    IOptions<ContractOptions> contractOptions,
    ExportService exports,
    ILogger<CustomerStatementService> logger)
{
    /// <summary>The days the customer has to confirm the statement or raise a query.</summary>
    public const int ConfirmWithinDays = 15;

    /// <summary>The longest period one statement covers.</summary>
    public const int MaxPeriodMonths = 12;

    /// <summary>
    /// The period's errors: empty when <paramref name="from"/> ≤ <paramref name="to"/> ≤ <paramref name="today"/> and it
    /// spans at most <see cref="MaxPeriodMonths"/> months. A statement states what happened, so it ends today at the latest.
    /// </summary>
    public static IReadOnlyList<ValidationError> ValidatePeriod(DateOnly from, DateOnly to, DateOnly today)
    {
        if (from > to)
        {
            return [new ValidationError("From", "Statement.PeriodReversed", "The period starts on or before the day it ends.")];
        }

        if (to > today)
        {
            return [new ValidationError("To", "Statement.PeriodInFuture", "The period ends today at the latest.")];
        }

        return to >= from.AddMonths(MaxPeriodMonths)
            ? [new ValidationError("To", "Statement.PeriodTooLong", $"A statement covers at most {MaxPeriodMonths} months.")]
            : [];
    }

    /// <summary>The previous calendar month of <paramref name="today"/>: the period a statement covers unless the user picks another.</summary>
    public static (DateOnly From, DateOnly To) PreviousMonth(DateOnly today)
    {
        var firstOfThisMonth = new DateOnly(today.Year, today.Month, 1);
        return (firstOfThisMonth.AddMonths(-1), firstOfThisMonth.AddDays(-1));
    }

    /// <summary>
    /// AR-3: the customer's statement for <paramref name="from"/>..<paramref name="to"/> as a PDF, or null when the user
    /// may read no signed contract of the customer. Errors as <see cref="DocumentAsync(Guid, DateOnly, DateOnly, CancellationToken)"/>.
    /// SEC-3: every statement handed out is recorded as an export of the customer's data.
    /// </summary>
    public async Task<CustomerStatementFile?> StatementAsync(Guid customerId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (await DocumentAsync(user, customerId, from, to, cancellationToken) is not { } document)
        {
            return null;
        }

        var pdf = renderer.Render(document);
        await exports.RecordAsync(
            user, ExportKind.CustomerStatement, customerId,
            string.Create(CultureInfo.InvariantCulture, $"{document.StatementNumber} · {document.Customer.Name} · {from:yyyy-MM-dd}..{to:yyyy-MM-dd}"), null, cancellationToken);
        return new CustomerStatementFile(pdf, $"{document.StatementNumber}.pdf", document.StatementNumber);
    }

    /// <summary>
    /// AR-3: the statement's values, or null when the user may read no signed contract of the customer. A bad period
    /// throws <see cref="DomainValidationException"/> with the errors of <see cref="ValidatePeriod"/>; receivables in more
    /// than one currency do too, since one statement has one currency.
    /// </summary>
    public async Task<CustomerStatementDocument?> DocumentAsync(Guid customerId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await DocumentAsync(await currentUser.RequireAsync(), customerId, from, to, cancellationToken);

    private async Task<CustomerStatementDocument?> DocumentAsync(CurrentUser user, Guid customerId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var today = calendar.Today(time);
        var errors = ValidatePeriod(from, to, today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var numbers = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).Where(c => c.CustomerId == customerId)
            .Select(c => new { c.Id, c.Number }).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        var contractIds = numbers.Keys.ToList();
        var receivables = await db.Receivables.AsNoTracking().Where(r => r.CustomerId == customerId && contractIds.Contains(r.ContractId)).ToListAsync(cancellationToken);
        if (receivables.Count == 0)
        {
            logger.AccessDenied(user.Id, user.Role, "customer statement", $"customer {customerId}");
            return null;
        }

        var currencies = receivables.Select(r => r.Currency).Distinct().ToList();
        if (currencies.Count > 1)
        {
            throw new DomainValidationException([new ValidationError(string.Empty, "Statement.MixedCurrencies", $"This customer's contracts are in {string.Join(", ", currencies)}; one statement has one currency.")]);
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => new { c.Name, c.Address, c.Uscc }).FirstAsync(cancellationToken);
        var contact = await db.Contacts.AsNoTracking().Where(c => c.CustomerId == customerId).OrderBy(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var contactText = contact is null
            ? string.Empty
            : string.Join(" · ", new[] { contact.Name, contact.Phone?.Value, contact.Email?.Value }.Where(v => !string.IsNullOrWhiteSpace(v)));

        var movements = receivables
            .SelectMany(r => r.Entries.Select(e => ToMovement(r.ContractId, numbers[r.ContractId], e)).OfType<Movement>())
            .Where(m => m.Line.Date <= to)
            .ToList();
        var lines = movements.Where(m => m.Line.Date >= from)
            .OrderBy(m => m.Line.Date).ThenBy(m => m.At).ThenBy(m => m.Line.ContractNumber, StringComparer.Ordinal)
            .Select(m => m.Line).ToList();
        var company = contractOptions.Value.Company;
        var number = StatementNumber(customerId, to);
        var document = new CustomerStatementDocument
        {
            StatementNumber = number,
            Company = new StatementParty(company.Name, company.Address, company.Uscc, company.Contact),
            Customer = new StatementParty(customer.Name, customer.Address ?? string.Empty, customer.Uscc?.Value ?? string.Empty, contactText),
            PeriodFrom = from,
            PeriodTo = to,
            IssueDate = today,
            Currency = currencies[0],
            OpeningBalance = movements.Where(m => m.Line.Date < from).Sum(m => m.Line.Debit - m.Line.Credit),
            Lines = lines,
            Aging = AgingAt(receivables, movements, to),
            ConfirmWithinDays = ConfirmWithinDays,
            QueryContact = company.Contact,
        };
        logger.CustomerStatementIssued(number, customerId, from, to, user.Id, receivables.Count);
        return document;
    }

    /// <summary>E.g. DZ-1A2B3C4D-20261031: the customer's short id and the period's last day, so a reissue keeps its number.</summary>
    public static string StatementNumber(Guid customerId, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"DZ-{customerId.ToString("N", CultureInfo.InvariantCulture)[..8].ToUpperInvariant()}-{to:yyyyMMdd}");

    private Movement? ToMovement(Guid contractId, string contractNumber, ReceivableEntry entry)
    {
        var date = entry.On ?? calendar.DayOf(entry.At);
        CustomerStatementLine? line = entry.Kind switch
        {
            ReceivableEntryKind.Invoice => new(date, contractNumber, StatementLineKind.Invoice, entry.Reference ?? string.Empty, entry.Amount, 0m),
            ReceivableEntryKind.Payment => new(date, contractNumber, StatementLineKind.Payment, entry.Reference ?? string.Empty, 0m, entry.Amount),
            ReceivableEntryKind.Deduction or ReceivableEntryKind.Claim => new(date, contractNumber, StatementLineKind.Deduction, entry.Note ?? string.Empty, 0m, entry.Amount),
            _ => null,
        };
        return line is null ? null : new Movement(contractId, line, entry.At);
    }

    private static AgingBuckets AgingAt(IReadOnlyList<Receivable> receivables, IReadOnlyList<Movement> movements, DateOnly to)
    {
        var open = receivables
            .Select(r => (r.AgingFrom, Balance: movements.Where(m => m.ContractId == r.ContractId).Sum(m => m.Line.Debit - m.Line.Credit)))
            .Where(r => r.Balance > 0m)
            .ToLookup(r => Aging.BucketOf(Aging.DaysPast(r.AgingFrom, to)), r => r.Balance);
        return new AgingBuckets(
            open[AgingBucket.Current].Sum(), open[AgingBucket.Days1To30].Sum(), open[AgingBucket.Days31To60].Sum(),
            open[AgingBucket.Days61To90].Sum(), open[AgingBucket.Over90].Sum());
    }

    /// <summary>A statement line with the receivable it belongs to and when it was recorded, for aging and a stable order.</summary>
    private sealed record Movement(Guid ContractId, CustomerStatementLine Line, DateTimeOffset At);
}
