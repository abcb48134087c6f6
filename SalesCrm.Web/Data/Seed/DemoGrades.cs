using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Care;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Tiers;

namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// Issue 6 demo (TIER-1/2, CUS-3/4/5): the default lost reasons; every customer graded from its signed contracts (with
/// the default thresholds); two East customers graded A by the East manager for their group purchasing potential, one
/// with the account manager and one still without (TIER-2's flag); a lost customer in each region; onboarding notices,
/// one acknowledged by collection only; a contact's birthday in two days and a recent care record.
/// </summary>
/// <remarks>A production database gets no lost reasons: the director or an administrator adds them under "Lost reasons".</remarks>
internal static class DemoGrades
{
    public const string PotentialReason = "集团采购潜力 Group purchasing potential";

    private static readonly (string En, string Zh)[] Reasons =
    [
        ("Price too high", "价格过高"),
        ("Went to a competitor", "转向竞争对手"),
        ("Quality or service problems", "质量或服务问题"),
        ("No longer needs our products", "不再需要我们的产品"),
        ("Company closed or merged", "公司关闭或被合并"),
    ];

    public static async Task<int> SeedAsync(CrmDbContext db, DateTimeOffset now, CompanyCalendar calendar, CancellationToken cancellationToken)
    {
        var reasons = Reasons.Select(r => LostReason.Create(r.En, r.Zh)).ToList();
        db.LostReasons.AddRange(reasons);

        var customers = await db.Customers.Where(c => c.Lead == null || c.Lead == LeadStatus.Converted).OrderBy(c => c.FirstContactAt).ToListAsync(cancellationToken);
        foreach (var customer in customers)
        {
            var amount = TierPolicy.TrailingAmount(await CustomerGrading.SigningsAsync(db, customer.Id, cancellationToken), now, calendar);
            customer.Regrade(TierPolicy.Grade(amount, TierThresholds.Default));
        }

        await db.SaveChangesAsync(cancellationToken);
        var people = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@demo.salescrm")).ToDictionaryAsync(u => u.Email!.Split('@')[0], cancellationToken);
        if (!people.TryGetValue("manager.east", out var manager) || !people.TryGetValue("am.east", out var accountManager)
            || !people.TryGetValue("collector", out var collector) || !people.TryGetValue("rep.east", out var rep))
        {
            return customers.Count;
        }

        // TIER-1: the East manager grades two customers A for their potential; TIER-2: one gets the account manager, one waits.
        db.Actor = new AuditActor(manager.Id, manager.DisplayName);
        var east = customers.Where(c => c.RegionId == manager.RegionId && c.EffectiveTier != Tier.A && c.Status != CustomerStatus.Lost).ToList();
        var potential = east.Take(2).ToList();
        foreach (var customer in potential)
        {
            customer.OverrideTier(Tier.A, PotentialReason, manager.Id, now.AddDays(-20));
        }

        if (potential.Count > 0)
        {
            potential[0].AssignAccountManager(accountManager.Id);
        }

        // CUS-3: a lost customer in each region, for the churn analysis.
        var lostEast = east.Skip(2).FirstOrDefault(c => c.OwnerId == rep.Id);
        lostEast?.MarkLost(reasons[1].Id, "改用竞争对手的整体方案 Switched to a competitor's complete solution", now.AddDays(-40));
        var lostSouth = customers.FirstOrDefault(c => c.RegionId != manager.RegionId && c.EffectiveTier != Tier.A && c.Status != CustomerStatus.Lost);
        lostSouth?.MarkLost(reasons[0].Id, "报价高于预算 15% Our quote was 15% over budget", now.AddDays(-100));
        await db.SaveChangesAsync(cancellationToken);

        // CUS-5: notices for the newest East customers; one acknowledged by collection only.
        db.Actor = AuditActor.System;
        var newest = customers.Where(c => c.RegionId == manager.RegionId && c.Status != CustomerStatus.Lost).OrderByDescending(c => c.FirstContactAt).Take(3).ToList();
        var cashToMonthly = Features.Customers.OnboardingNotices.SettlementDetail(new Localization.Texts(), SettlementMethod.Cash, SettlementMethod.Monthly);
        var notices = newest.Select((c, i) => OnboardingNotice.Raise(
            c.Id, i == 2 ? OnboardingReason.SettlementChanged : OnboardingReason.NewCustomer, i == 2 ? cashToMonthly : null, now.AddDays(-(i * 3) - 1))).ToList();
        if (notices.Count > 1)
        {
            notices[1].Acknowledge(Department.Collection, collector.Id, now.AddDays(-2));
        }

        db.OnboardingNotices.AddRange(notices);

        // CUS-4: a contact's birthday in two days, and care given to one of the A-tier customers.
        var birthdayContact = await db.Contacts.Where(k => customers.Select(c => c.Id).Contains(k.CustomerId)).OrderBy(k => k.Name).FirstOrDefaultAsync(cancellationToken);
        if (birthdayContact is not null)
        {
            var on = calendar.DayOf(now).AddDays(2);
            db.Entry(birthdayContact).Property(k => k.Birthday).CurrentValue = new DateOnly(1980, on.Month, Math.Min(on.Day, 28));
        }

        if (potential.Count > 0)
        {
            db.CareRecords.Add(CareRecord.Record(potential[0].Id, CareAction.EventInvitation, "邀请参加秋季新品发布会 Invited to the autumn product launch", accountManager.Id, now.AddDays(-12)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return customers.Count;
    }
}
