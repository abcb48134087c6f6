using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Receivables;

namespace SalesCrm.Benchmarks;

internal static partial class ScorecardDatabase
{
    private const string ConfirmedBy = "采购部王经理 Manager Wang, Purchasing";
    private const string ClaimNote = "到货外包装破损，按约定扣款 Packaging damaged on delivery; deducted as agreed";
    private const string WaivedNote = "合同终止，免除未付款项 The contract was terminated; what was unpaid is waived";

    // CON-2: payment terms up to the company's ceiling of 60 days.
    private static readonly int[] PaymentTermsDays = [30, 45, 60];

    private sealed record PlannedReceivable(
        Guid Id, string Number, int PaymentTermsDays, Guid ContractId, Guid CustomerId, (Guid Id, Guid RegionId) Owner, decimal Total, DateOnly SignedOn,
        IReadOnlyList<ReceivableDueLine> DueLines, IReadOnlyList<ReceivableEntry> Entries, AgingBucket OverdueAlerted, DateTimeOffset OpenedAt,
        DateTimeOffset LastActivityAt, Guid Version)
    {
        public decimal Sum(params ReceivableEntryKind[] kinds) => Entries.Where(e => kinds.Contains(e.Kind)).Sum(e => e.Amount);
    }

    /// <summary>
    /// AR-1/AR-3: the receivable each contract number opened when first signed (<see cref="Receivable.OpenFor"/>), taken
    /// over by its signed second version (<see cref="Receivable.CarryTo"/>), due 30, 45 or 60 days after signing. A week
    /// before a line falls due the customer confirms it and is invoiced; 60% then pay it in full around the due date, 15%
    /// weeks or months late, 13% pay 30–80% of it, 12% nothing yet; one full payer in 25 first has a claim deducted. A
    /// terminated contract's amount is waived as a deduction when it ends. Nothing is dated after now.
    /// </summary>
    private static List<PlannedReceivable> PlanReceivables(
        Random random, List<PlannedContract> contracts, List<PlannedCustomer> customers, IReadOnlyDictionary<Guid, RegionStaff> staff, DateTimeOffset now,
        CompanyCalendar calendar)
    {
        var today = calendar.DayOf(now);
        var receivables = new List<PlannedReceivable>(ContractNumbers);
        var invoices = 0;
        foreach (var versions in contracts.GroupBy(c => c.Number, StringComparer.Ordinal))
        {
            var first = versions.Single(c => c.VersionNumber == 1);
            var latest = versions.MaxBy(c => c.VersionNumber)!;
            var customer = customers[first.Customer];
            var collector = staff[customer.Owner.RegionId].Collector;
            var days = PaymentTermsDays[random.Next(PaymentTermsDays.Length)];
            var total = Total(latest.Lines);
            var lines = DueLines(Total(first.Lines), calendar.DayOf(first.SignedAt).AddDays(days), latest == first ? null : (total, calendar.DayOf(latest.SignedAt).AddDays(days)));
            var entries = new List<ReceivableEntry>();
            if (latest.VoidedAt is { } voided)
            {
                entries.Add(Entry(ReceivableEntryKind.Deduction, total, null, WaivedNote, null, collector, voided));
            }
            else
            {
                var behaviour = random.Next(100);
                for (var i = 0; i < lines.Count; i++)
                {
                    var (dueOn, amount) = (lines[i].DueOn, lines[i].Amount);
                    var invoicedAt = Max(calendar.StartOf(dueOn.AddDays(-7)).AddHours(10), (i == 0 ? first : latest).SignedAt.AddHours(1));
                    if (amount == 0m || invoicedAt.AddMinutes(30) > now)
                    {
                        continue;
                    }

                    entries.Add(Entry(ReceivableEntryKind.ChargesConfirmed, amount, ConfirmedBy, null, null, collector, invoicedAt));
                    entries.Add(Entry(ReceivableEntryKind.Invoice, amount, $"FP{++invoices:D8}", null, null, collector, invoicedAt.AddMinutes(10)));
                    var (share, daysAfterDue) = behaviour switch
                    {
                        < 60 => (1m, random.Next(-10, 6)),
                        < 75 => (1m, random.Next(15, 121)),
                        < 88 => ((30 + random.Next(51)) / 100m, random.Next(-5, 21)),
                        _ => (0m, 0),
                    };
                    var paidOn = Max(dueOn.AddDays(daysAfterDue), calendar.DayOf(invoicedAt));
                    var recordedAt = Min(Max(calendar.StartOf(paidOn).AddHours(15), invoicedAt.AddMinutes(30)), now);
                    if (share == 0m || paidOn > today)
                    {
                        continue;
                    }

                    var paid = decimal.Round(amount * share, 2);
                    if (share == 1m && random.Next(25) == 0)
                    {
                        var claim = decimal.Round(amount * (2 + random.Next(4)) / 100m, 2);
                        entries.Add(Entry(ReceivableEntryKind.Claim, claim, null, ClaimNote, null, collector, invoicedAt.AddMinutes(20)));
                        paid -= claim;
                    }

                    entries.Add(Entry(ReceivableEntryKind.Payment, paid, null, null, paidOn, collector, recordedAt));
                }
            }

            entries.Sort((a, b) => a.At.CompareTo(b.At));
            var owed = total - entries.Where(e => e.Kind is ReceivableEntryKind.Deduction or ReceivableEntryKind.Claim).Sum(e => e.Amount);
            var settled = entries.Where(e => e.Kind == ReceivableEntryKind.Payment).Sum(e => e.Amount) >= owed;
            // AR-1: the furthest aging step the owner was told of, up to the day before it was settled.
            var alertedUntil = settled && entries.Count > 0 ? calendar.DayOf(entries[^1].At).AddDays(-1) : today;
            receivables.Add(new PlannedReceivable(
                Guid.NewGuid(), first.Number, days, latest.Id, customer.Id, customer.Owner, total, calendar.DayOf(latest.SignedAt), lines, entries,
                Aging.BucketOf(Aging.DaysPast(lines[0].DueOn, alertedUntil)), first.SignedAt, Latest(latest.SignedAt, entries.Count > 0 ? entries[^1].At : (DateTimeOffset?)null),
                Guid.NewGuid()));
        }

        return receivables;

        static ReceivableEntry Entry(ReceivableEntryKind kind, decimal amount, string? reference, string? note, DateOnly? on, Guid byId, DateTimeOffset at) =>
            new(Guid.NewGuid(), kind, amount, reference, note, on, byId, at);

        static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

        static T Max<T>(T a, T b)
            where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    }

    /// <summary>
    /// AR-1's due lines as <see cref="Receivable.CarryTo"/> leaves them: the first version's total on its date; a second
    /// version that adds gets a line of its own, one that lowers the total takes the reduction off the latest line first.
    /// </summary>
    private static List<ReceivableDueLine> DueLines(decimal firstTotal, DateOnly firstDue, (decimal Total, DateOnly Due)? next)
    {
        var lines = new List<ReceivableDueLine> { new(firstDue, firstTotal) };
        if (next is not { } carried)
        {
            return lines;
        }

        var difference = carried.Total - firstTotal;
        if (difference > 0m)
        {
            lines.Add(new ReceivableDueLine(carried.Due, difference));
        }
        else
        {
            lines[0] = lines[0] with { Amount = firstTotal + difference };
        }

        return lines;
    }

    private static (string, object?)[] ReceivableValues(PlannedReceivable r, TemplateRows rows)
    {
        var collected = r.Sum(ReceivableEntryKind.Payment);
        var deducted = r.Sum(ReceivableEntryKind.Deduction, ReceivableEntryKind.Claim);
        return
        [
            ("Id", Stored.Id(r.Id)), ("ContractId", Stored.Id(r.ContractId)), ("CustomerId", Stored.Id(r.CustomerId)), ("OwnerId", Stored.Id(r.Owner.Id)),
            ("RegionId", Stored.Id(r.Owner.RegionId)), ("TotalAmount", Stored.Amount(r.Total)), ("SignedOn", Stored.Day(r.SignedOn)),
            ("DueDate", Stored.Day(r.DueLines[0].DueOn)), ("AgingFrom", Stored.Day(r.DueLines[0].DueOn)), ("OverdueAlerted", (long)r.OverdueAlerted),
            ("OpenedAt", Stored.At(r.OpenedAt)), ("LastActivityAt", Stored.At(r.LastActivityAt)),
            ("ConfirmedAmount", Stored.Amount(r.Sum(ReceivableEntryKind.ChargesConfirmed))), ("InvoicedAmount", Stored.Amount(r.Sum(ReceivableEntryKind.Invoice))),
            ("CollectedAmount", Stored.Amount(collected)), ("DeductedAmount", Stored.Amount(deducted)), ("IsSettled", Stored.Flag(r.Total - deducted - collected <= 0m)),
            ("Version", Stored.Id(r.Version)), ("Queries", NoItems),
            ("DueLines", JsonArrayOf(rows.DueLine, r.DueLines, (node, l) =>
            {
                node["Amount"] = Stored.Amount(l.Amount);
                node["DueOn"] = Stored.Day(l.DueOn);
            })),
            ("Entries", JsonArrayOf(rows.Entry, r.Entries, (node, e) =>
            {
                node["Amount"] = Stored.Amount(e.Amount);
                node["At"] = Stored.At(e.At);
                node["ById"] = Stored.Id(e.ById);
                node["Id"] = Stored.Id(e.Id);
                node["Kind"] = e.Kind.ToString();
                node["Note"] = e.Note;
                node["On"] = e.On is { } on ? Stored.Day(on) : null;
                node["Reference"] = e.Reference;
            })),
        ];
    }
}
