using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Features.Tiers;

namespace SalesCrm.Benchmarks;

internal static partial class ScorecardDatabase
{
    private const string ATierReason = "集团客户，年采购潜力大 A group company with a large yearly purchase potential";

    private static readonly ContactNote[] VisitNotes =
    [
        new("设备科李工 Engineer Li, equipment", "季度拜访：检查叉车运行和保养记录 Quarterly visit: checked the forklifts and their service log", "设备运行正常 Running well", "下季度再访 Visit again next quarter"),
        new("采购部王经理 Manager Wang, purchasing", "上门了解新仓库的搬运需求 Visited to learn the new warehouse's handling needs", "客户考虑增购两台 Considering two more trucks", "一周内发送报价 Send a quote within a week"),
        new("仓储主管赵主任 Director Zhao, storage", "现场培训安全操作 On-site safe-operation training", "12 名司机参加 12 drivers attended", null),
        new("总经理孙总 General manager Sun", "年度合作回顾 Yearly review of the cooperation", "续签维保服务 Will renew the maintenance service", "准备续签合同 Prepare the renewal"),
    ];

    private static readonly ContactNote[] CallNotes =
    [
        new("采购部王经理 Manager Wang, purchasing", "电话确认下季度采购计划 Confirmed next quarter's purchase plan by phone", "计划不变 Plan unchanged", null),
        new("财务部刘会计 Accountant Liu, finance", "电话提醒到期付款 Reminded of a payment falling due", "本周内付款 Will pay this week", "周五确认到账 Check receipt on Friday"),
        new("设备科李工 Engineer Li, equipment", "电话回访维修效果 Called to follow up a repair", "问题已解决 Solved", null),
    ];

    /// <summary>A customer's grade, its account manager, and since when it is A-tier (null when it is not).</summary>
    private sealed record PlannedTier(TierStanding Standing, Guid? AccountManagerId, DateTimeOffset? ASince)
    {
        public static PlannedTier Ungraded { get; } = new(TierStanding.Ungraded, null, null);
    }

    private sealed record ContactNote(string Participants, string Notes, string? Outcome, string? NextStep);

    /// <summary>
    /// TIER-1/TIER-2: each customer graded by its trailing year's signings as <see cref="CustomerGrading"/> counts them (the
    /// latest version of each number, unless terminated); the <see cref="ATierCustomers"/> that signed most are A-tier — by
    /// their region's sales manager's grade, from one to two weeks after their first signing, where the amount alone does
    /// not make them A — each with an account manager of their region.
    /// </summary>
    private static PlannedTier[] PlanTiers(
        Random random, List<PlannedCustomer> customers, List<PlannedContract> contracts, IReadOnlyDictionary<Guid, RegionStaff> staff, DateTimeOffset now,
        CompanyCalendar calendar)
    {
        var counted = contracts.GroupBy(c => c.Number, StringComparer.Ordinal).Select(g => g.MaxBy(c => c.VersionNumber)!)
            .Where(c => c.Status != ContractStatus.Terminated).ToLookup(c => c.Customer);
        var tiers = new PlannedTier[customers.Count];
        for (var i = 0; i < customers.Count; i++)
        {
            var amount = TierPolicy.TrailingAmount(counted[i].Select(c => (c.SignedAt, Total(c.Lines))), now, calendar);
            var computed = TierPolicy.Grade(amount, TierThresholds.Default);
            tiers[i] = computed == Tier.C ? PlannedTier.Ungraded : new PlannedTier(TierStanding.Ungraded.Regraded(computed), null, null);
        }

        var largest = Enumerable.Range(0, customers.Count).Where(i => counted[i].Any())
            .OrderByDescending(i => counted[i].Sum(c => Total(c.Lines))).ThenBy(i => i).Take(ATierCustomers);
        foreach (var i in largest)
        {
            var region = staff[customers[i].Owner.RegionId];
            var since = counted[i].Min(c => c.SignedAt).AddDays(7 + random.Next(8));
            since = since < now ? since : now.AddHours(-1);
            var standing = tiers[i].Standing.Computed == Tier.A ? tiers[i].Standing : tiers[i].Standing.Raised(Tier.A, ATierReason, region.SalesManager, since);
            tiers[i] = new PlannedTier(standing, region.AccountManagers[random.Next(region.AccountManagers.Count)], since);
        }

        return tiers;
    }

    /// <summary>
    /// VIS-1/TIER-3: from the day a customer became A-tier, 0–4 on-site visits each quarter (two or more in 65% of
    /// quarters), one in seven by the region's sales manager and the rest by the account manager; and 1–4 phone calls by
    /// the owner with a fifth of the customers since their first contact. Most are entered within hours, one in thirty
    /// days later (a late entry, VIS-2); none happened after now.
    /// </summary>
    private static List<ContactLog> PlanContactLogs(
        Random random, List<PlannedCustomer> customers, PlannedTier[] tiers, IReadOnlyDictionary<Guid, RegionStaff> staff, DateTimeOffset now,
        CompanyCalendar calendar)
    {
        var logs = new List<ContactLog>();
        for (var i = 0; i < customers.Count; i++)
        {
            var customer = customers[i];
            if (tiers[i] is { ASince: { } since, AccountManagerId: { } accountManager })
            {
                var salesManager = staff[customer.Owner.RegionId].SalesManager;
                for (var quarter = Period.Containing(PeriodKind.Quarter, calendar.DayOf(since)); calendar.StartOf(quarter) < now; quarter = quarter.Next)
                {
                    var from = calendar.StartOf(quarter) > since ? calendar.StartOf(quarter) : since;
                    var span = (calendar.EndOf(quarter) - from).Ticks;
                    var visits = random.Next(100) switch { < 10 => 0, < 35 => 1, < 70 => 2, < 90 => 3, _ => 4 };
                    for (var v = 0; v < visits; v++)
                    {
                        var at = from.AddTicks(random.NextInt64(span));
                        var author = random.Next(7) == 0 ? salesManager : accountManager;
                        if (at < now)
                        {
                            logs.Add(Log(VisitNotes[random.Next(VisitNotes.Length)], customer.Id, ContactKind.OnSiteVisit, at, Entered(random, at, now), author));
                        }
                    }
                }
            }

            if (random.Next(5) == 0)
            {
                for (var calls = 1 + random.Next(4); calls > 0; calls--)
                {
                    var at = customer.FirstContactAt.AddTicks(random.NextInt64((now - customer.FirstContactAt).Ticks));
                    logs.Add(Log(CallNotes[random.Next(CallNotes.Length)], customer.Id, ContactKind.Phone, at, Entered(random, at, now), customer.Owner.Id));
                }
            }
        }

        return logs;

        static DateTimeOffset Entered(Random random, DateTimeOffset occurredAt, DateTimeOffset now)
        {
            var entered = random.Next(30) == 0 ? occurredAt.AddDays(4 + random.Next(6)) : occurredAt.AddMinutes(10 + random.Next(360));
            return entered < now ? entered : now;
        }
    }

    private static ContactLog Log(ContactNote note, Guid customerId, ContactKind kind, DateTimeOffset occurredAt, DateTimeOffset enteredAt, Guid authorId) =>
        ContactLog.Log(customerId, kind, ContactPurpose.Regular, occurredAt, note.Participants, note.Notes, note.Outcome, note.NextStep, null, authorId, enteredAt, ContactLog.DefaultLateAfter);

    private static (string, object?)[] ContactLogValues(ContactLog l) =>
    [
        ("Id", Stored.Id(l.Id)), ("CustomerId", Stored.Id(l.CustomerId)), ("Kind", l.Kind.ToString()), ("Purpose", l.Purpose.ToString()),
        ("OccurredAt", Stored.At(l.OccurredAt)), ("EnteredAt", Stored.At(l.EnteredAt)), ("Participants", l.Participants), ("Notes", l.Notes),
        ("Outcome", l.Outcome), ("NextStep", l.NextStep), ("SatisfactionScore", (long?)l.SatisfactionScore), ("AuthorId", Stored.Id(l.AuthorId)),
        ("IsLateEntry", Stored.Flag(l.IsLateEntry)), ("LastEditedAt", Stored.At(l.LastEditedAt)), ("Version", Stored.Id(l.Version)), ("Versions", NoItems),
    ];
}
