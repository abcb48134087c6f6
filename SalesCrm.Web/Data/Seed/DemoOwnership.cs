using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// OWN-3/OWN-5 demo: the second East rep ran into a customer of the first (its name with another legal form) and disputes
/// it with a dated visit, waiting for the East manager's decision; the South rep ran into another East customer on a
/// contact's phone number. So the collisions and disputes pages have something to show.
/// </summary>
internal static class DemoOwnership
{
    public static async Task<int> SeedAsync(CrmDbContext db, DateTimeOffset now, CompanyCalendar calendar, CancellationToken cancellationToken)
    {
        var people = await db.Users.Where(u => u.Email == "rep.east@demo.salescrm" || u.Email == "rep2.east@demo.salescrm" || u.Email == "rep.south@demo.salescrm")
            .ToDictionaryAsync(u => u.Email!.Split('@')[0], cancellationToken);
        if (!people.TryGetValue("rep.east", out var owner) || !people.TryGetValue("rep2.east", out var claimant) || !people.TryGetValue("rep.south", out var southRep))
        {
            return 0;
        }

        var owned = await db.Customers
            .Where(c => c.OwnerId == owner.Id && c.PooledAt == null && c.Status == CustomerStatus.Active && (c.Lead == null || c.Lead == LeadStatus.Converted))
            .OrderBy(c => c.FirstContactAt).Take(2).ToListAsync(cancellationToken);
        if (owned.Count < 2)
        {
            return 0;
        }

        var disputed = owned[0];
        var typed = disputed.Name.Contains("股份有限公司", StringComparison.Ordinal) ? disputed.Name.Replace("股份有限公司", "有限公司", StringComparison.Ordinal)
            : disputed.Name.Contains("有限公司", StringComparison.Ordinal) ? disputed.Name.Replace("有限公司", "股份有限公司", StringComparison.Ordinal)
            : disputed.Name.ToUpperInvariant();
        var byName = Collision.Record(claimant.Id, claimant.RegionId, disputed.Id, owner.Id, owner.RegionId, typed, MatchKind.CompanyName, now.AddDays(-3));
        var byPhone = Collision.Record(southRep.Id, southRep.RegionId, owned[1].Id, owner.Id, owner.RegionId, "深圳市新锐达贸易有限公司", MatchKind.Phone, now.AddDays(-1));
        db.Collisions.AddRange(byName, byPhone);

        db.Actor = new AuditActor(claimant.Id, claimant.DisplayName);
        var visitedOn = calendar.DayOf(disputed.FirstContactAt).AddDays(-6);
        db.OwnershipDisputes.Add(OwnershipDispute.Open(byName, disputed, EvidenceKind.Visit, visitedOn,
            $"{visitedOn:yyyy-MM-dd} 拜访采购部王经理，拜访报告已由对方签字确认，名片和照片已上传到共享盘。 Visited purchasing manager Wang; the visit report is signed by him, card and photos are on the shared drive.",
            now.AddDays(-2), calendar));
        await db.SaveChangesAsync(cancellationToken);
        db.Actor = AuditActor.System;
        return 2;
    }
}
