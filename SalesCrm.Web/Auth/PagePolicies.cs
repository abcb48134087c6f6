using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1: which roles open which work pages, as named authorization policies. A page says
/// <c>[Authorize(Policy = PagePolicies.Contracts)]</c> and the drawer shows its link by the same rule, so a link is
/// never offered to a page that refuses, and a role sent to a page it may not open sees the no-access page. Pages of one
/// record (a customer, a contract, a request) stay open to every signed-in user: links reach them from other records,
/// and their services answer "not found" for a record the user may not read.
/// </summary>
public static class PagePolicies
{
    public const string Customers = "Page.Customers";
    public const string Sales = "Page.Sales";
    public const string ImportLeads = "Page.ImportLeads";
    public const string Agenda = "Page.Agenda";
    public const string Notices = "Page.Notices";
    public const string Service = "Page.Service";
    public const string LogService = "Page.LogService";
    public const string ServiceDashboard = "Page.ServiceDashboard";
    public const string Collisions = "Page.Collisions";
    public const string Disputes = "Page.Disputes";
    public const string Contracts = "Page.Contracts";
    public const string Products = "Page.Products";
    public const string VisitCompliance = "Page.VisitCompliance";
    public const string LateEntries = "Page.LateEntries";
    public const string Churn = "Page.Churn";
    public const string MonthlyStatement = "Page.MonthlyStatement";
    public const string Administration = "Page.Administration";
    public const string LostReasons = "Page.LostReasons";
    public const string Exports = "Page.Exports";
    public const string Performance = "Page.Performance";
    public const string Targets = "Page.Targets";
    public const string Reviews = "Page.Reviews";
    public const string HandOver = "Page.HandOver";

    private static readonly Dictionary<string, Func<CrmRole, bool>> Rules = new(StringComparer.Ordinal)
    {
        [Customers] = role => CustomerAccess.ReadScope(role) != AccessScope.None,
        [Sales] = role => CustomerAccess.TermsScope(role) != AccessScope.None,
        [ImportLeads] = CustomerAccess.CanImportLeads,
        [Agenda] = VisitAccess.CanUseAgenda,
        [Notices] = OnboardingAccess.CanOpen,
        [Service] = ServiceAccess.CanOpenService,
        [LogService] = ServiceAccess.CanLog,
        [ServiceDashboard] = ServiceAccess.CanSeeDashboard,
        [Collisions] = OwnershipAccess.CanSeeCollisions,
        [Disputes] = role => OwnershipAccess.CanOpenDisputes(role) || OwnershipAccess.CanSeeCollisions(role),
        [Contracts] = ContractAccess.CanOpenContracts,
        [Products] = ProductAccess.CanRead,
        [VisitCompliance] = role => VisitAccess.ComplianceScope(role) != AccessScope.None,
        [LateEntries] = role => VisitAccess.LateEntryScope(role) != AccessScope.None,
        [Churn] = role => TierAccess.ChurnScope(role) != AccessScope.None,
        [MonthlyStatement] = role => ReceivableAccess.StatementScope(role) != AccessScope.None,
        [Administration] = role => role == CrmRole.Administrator,
        [LostReasons] = TierAccess.CanManageLostReasons,
        [Exports] = ExportAccess.CanSeeExports,
        [Performance] = role => PerformanceAccess.FiguresScope(role) != AccessScope.None,
        [Targets] = PerformanceAccess.CanPlanTargets,
        [Reviews] = PerformanceAccess.CanOpenReviews,
        [HandOver] = role => CustomerAccess.TransferScope(role) != AccessScope.None,
    };

    /// <summary>Whether <paramref name="role"/> opens the pages of <paramref name="policy"/>.</summary>
    public static bool Allows(string policy, CrmRole role) => Rules[policy](role);

    /// <summary>Registers every page policy: a signed-in user whose role the policy's rule allows.</summary>
    public static AuthorizationBuilder AddPagePolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (name, rule) in Rules)
        {
            builder.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                Enum.TryParse<CrmRole>(context.User.FindFirstValue(ClaimTypes.Role), out var role) && rule(role)));
        }

        return builder;
    }
}
