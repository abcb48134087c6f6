using System.Linq.Expressions;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Auth;

/// <summary>
/// OWN-3: collisions are seen by the sales manager of either region involved (the claimant's and the owner's) and
/// by the director and administrators; nobody else. OWN-5: a dispute is seen by the two reps it concerns and the
/// same managers, and decided by the sales manager of the owner's region or the director.
/// </summary>
public static class OwnershipAccess
{
    public static bool CanSeeCollisions(CrmRole role) =>
        role is CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator;

    public static Expression<Func<Collision, bool>> VisibleCollisions(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var region = user.RegionId;
        return user.Role switch
        {
            CrmRole.MarketingDirector or CrmRole.Administrator => c => true,
            CrmRole.SalesManager => c => c.ClaimantRegionId == region || c.OwnerRegionId == region,
            _ => c => false,
        };
    }

    /// <summary>Sales staff who can be refused a customer can dispute that refusal.</summary>
    public static bool CanOpenDisputes(CrmRole role) => CustomerAccess.CanOwnCustomers(role);

    public static Expression<Func<OwnershipDispute, bool>> VisibleDisputes(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var region = user.RegionId;
        var me = user.Id;
        return user.Role switch
        {
            CrmRole.MarketingDirector or CrmRole.Administrator => d => true,
            CrmRole.SalesManager => d => d.ClaimantRegionId == region || d.OwnerRegionId == region || d.ClaimantId == me,
            _ => d => d.ClaimantId == me || d.OwnerId == me,
        };
    }

    /// <summary>OWN-6: sales staff who may own customers claim them from the shared pool.</summary>
    public static bool CanClaimFromPool(CrmRole role) => CustomerAccess.CanOwnCustomers(role);

    /// <summary>OWN-6: who claims a pooled customer for a rep: a region's sales manager (from their region's pool) or the director.</summary>
    public static bool CanClaimForReps(CrmRole role) => role is CrmRole.SalesManager or CrmRole.MarketingDirector;

    /// <summary>OWN-6: a claim across regions is the customer's region's decision: its sales manager, or the director.</summary>
    public static bool CanClaimForRep(CurrentUser user, Guid customerRegionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role switch
        {
            CrmRole.MarketingDirector => true,
            CrmRole.SalesManager => user.RegionId == customerRegionId,
            _ => false,
        };
    }

    /// <summary>OWN-6: those who lead sales staff see which customers go to the pool next.</summary>
    public static bool CanPreviewPoolReleases(CrmRole role) => role is CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator;

    /// <summary>Whether the user's role and region let them decide; the dispute itself refuses its own parties.</summary>
    public static bool CanDecide(CurrentUser user, OwnershipDispute dispute)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dispute);
        return user.Role switch
        {
            CrmRole.MarketingDirector or CrmRole.Administrator => true,
            CrmRole.SalesManager => dispute.OwnerRegionId == user.RegionId,
            _ => false,
        };
    }
}
