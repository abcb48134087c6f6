using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>
/// TIER-1/TIER-2: how a customer's grade is computed from its signings, inside the caller's save: the contract
/// handlers (<see cref="RegradeOnContract"/>) and the nightly run use it. Stateless, so a singleton.
/// </summary>
public sealed class CustomerGrading(CompanyCalendar calendar, IOptions<TierOptions> options, ILogger<CustomerGrading> logger)
{
    public TierThresholds Thresholds => options.Value.Thresholds;

    /// <summary>
    /// TIER-1: regrades the customer in <paramref name="db"/> without saving, so a caller's change (a signing) and the
    /// new grade are saved together. Contracts the context tracks count as they stand in memory. True when the effective
    /// grade changed; a customer that became A without an account manager is reported to its region's sales manager (TIER-2).
    /// </summary>
    public async Task<bool> RegradeAsync(CrmDbContext db, Guid customerId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var customer = await db.Customers.RequireAsync(customerId, cancellationToken);
        var amount = TierPolicy.TrailingAmount(await SigningsAsync(db, customerId, cancellationToken), now, calendar);
        var before = customer.EffectiveTier;
        if (!customer.Regrade(TierPolicy.Grade(amount, Thresholds)))
        {
            return false;
        }

        logger.CustomerRegraded(customer.Id, before, customer.EffectiveTier);
        await FlagIfUnassignedAsync(db, customer, before, null, now, cancellationToken);
        return true;
    }

    /// <summary>TIER-1: the signings that count for the customer's grade: the latest signed version of each contract number, unless terminated.</summary>
    public static async Task<IReadOnlyList<(DateTimeOffset SignedAt, decimal Amount)>> SigningsAsync(CrmDbContext db, Guid customerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Tracked on purpose: a contract this context has just signed or terminated counts as it stands in memory.
        var stored = await db.Contracts.Where(c => c.CustomerId == customerId).ToListAsync(cancellationToken);
        return Counted(stored.Concat(db.Contracts.Local.Where(c => c.CustomerId == customerId)).Distinct());
    }

    internal static IReadOnlyList<(DateTimeOffset SignedAt, decimal Amount)> Counted(IEnumerable<Contract> contracts) =>
        contracts.Where(c => c.SignedAt is not null)
            .GroupBy(c => c.Number)
            .Select(g => g.MaxBy(c => c.VersionNumber)!)
            .Where(c => c.Status != ContractStatus.Terminated && c.Terms.Total.Currency == Money.DefaultCurrency)
            .Select(c => (c.SignedAt!.Value, c.Terms.Total.Amount))
            .ToList();

    /// <summary>TIER-2: a customer that just became A without an account manager is flagged to the heads of its region (<see cref="Audiences.RegionHeadsAsync"/>).</summary>
    internal static async Task FlagIfUnassignedAsync(CrmDbContext db, Customer customer, Tier before, Guid? actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (before == Tier.A || !customer.NeedsAccountManager)
        {
            return;
        }

        var managers = await Audiences.RegionHeadsAsync(db, customer.RegionId, actorId, cancellationToken);
        db.Notifications.AddRange(managers.Select(m => Notification.For(m, NotificationKind.AccountManagerNeeded, customer.Name, null, $"/customers/{customer.Id}", now)));
    }
}
