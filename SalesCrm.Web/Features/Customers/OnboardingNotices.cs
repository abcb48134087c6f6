using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// CUS-5: raises the 《新(重)进客户操作通知单》 in the caller's context, so it is saved with what caused it (a new
/// customer, a converted lead, a reactivation, a changed settlement method), and tells the heads who acknowledge it
/// (<see cref="Auth.OnboardingAccess"/>): the collectors and the service manager of the customer's region; for a
/// department without one in the region, the marketing director.
/// </summary>
internal static class OnboardingNotices
{
    public const string Link = "/customers/notices";

    public static async Task<OnboardingNotice> RaiseAsync(
        CrmDbContext db, Customer customer, OnboardingReason reason, string? detail, Guid? actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notice = OnboardingNotice.Raise(customer.Id, reason, detail, now);
        await AddAsync(db, notice, customer, actorId, now, cancellationToken);
        return notice;
    }

    /// <summary>
    /// The detail of a changed settlement method, from and to, in both languages like the rest of a notice's detail,
    /// since collection and service may read it in either: "现结 → 月结 Cash → Monthly settlement".
    /// </summary>
    public static string SettlementDetail(Texts texts, SettlementMethod from, SettlementMethod to)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return string.Join(' ', new[] { Texts.SimplifiedChinese, Texts.English }.Select(language =>
        {
            var catalogue = texts.Catalogue(language);
            return $"{catalogue[$"{nameof(SettlementMethod)}.{from}"]} → {catalogue[$"{nameof(SettlementMethod)}.{to}"]}";
        }));
    }

    /// <summary>Adds a notice the domain raised (<see cref="Customer.Reactivate"/>) and tells the heads.</summary>
    public static async Task AddAsync(CrmDbContext db, OnboardingNotice notice, Customer customer, Guid? actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.OnboardingNotices.Add(notice);
        var heads = await db.Users.AsNoTracking()
            .Where(Audiences.OnboardingHeadsOf(customer.RegionId))
            .Select(u => new { u.Id, u.Role }).ToListAsync(cancellationToken);
        var recipients = heads.Select(h => h.Id).ToList();
        if (heads.Select(h => h.Role).Distinct().Count() < 2)
        {
            recipients.AddRange(await db.Users.IdsAsync(Audiences.Directors, cancellationToken));
        }

        db.Notifications.AddRange(recipients.Distinct().Where(r => r != actorId)
            .Select(r => Notification.For(r, NotificationKind.OnboardingNoticeRaised, customer.Name, null, Link, now)));
    }
}
