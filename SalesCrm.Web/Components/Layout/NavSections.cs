using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Components.Layout;

/// <summary>A link in the drawer: where it goes, its text key, its icon and the policy of the page it opens.</summary>
public sealed record NavEntry(string Href, string TextKey, string Icon, string? Policy, NavLinkMatch Match = NavLinkMatch.Prefix)
{
    /// <summary>The page's own policy decides (<see cref="PagePolicies"/>); a link without one is every signed-in user's.</summary>
    public bool Allowed(CrmRole role) => Policy is null || PagePolicies.Allows(Policy, role);
}

/// <summary>
/// A part of the drawer. Without a title its links stand on their own (the daily work); with a title they are a group
/// that folds, so a manager's twenty pages fit on a laptop screen. A group the role has one link of is shown as that link.
/// </summary>
public sealed record NavSection(string? TitleKey, string? Icon, IReadOnlyList<NavEntry> Entries)
{
    public bool IsGroup => TitleKey is not null && Entries.Count > 1;
}

/// <summary>The drawer's structure, filtered by role. The pages' own policies decide which links appear.</summary>
public static class NavSections
{
    private static readonly NavSection[] All =
    [
        new(null, null,
        [
            new("/", "Nav.MyDay", Icons.Material.Outlined.Today, null, NavLinkMatch.All),
            new("/customers", "Nav.Customers", Icons.Material.Outlined.Business, PagePolicies.Customers),
            new("/leads", "Nav.Leads", Icons.Material.Outlined.PersonSearch, PagePolicies.Sales),
            new("/pipeline", "Nav.Pipeline", Icons.Material.Outlined.ViewKanban, PagePolicies.Sales),
            new("/agenda", "Nav.Agenda", Icons.Material.Outlined.EventNote, PagePolicies.Agenda),
            new("/care", "Nav.Care", Icons.Material.Outlined.VolunteerActivism, PagePolicies.Customers),
            new("/customers/notices", "Nav.Notices", Icons.Material.Outlined.MarkEmailUnread, PagePolicies.Notices),
            new("/service", "Nav.Service", Icons.Material.Outlined.SupportAgent, PagePolicies.Service, NavLinkMatch.All),
        ]),
        new("Nav.Group.Ownership", Icons.Material.Outlined.Handshake,
        [
            new("/ownership/pool", "Nav.Pool", Icons.Material.Outlined.Waves, PagePolicies.Sales),
            new("/ownership/collisions", "Nav.Collisions", Icons.Material.Outlined.ReportProblem, PagePolicies.Collisions),
            new("/ownership/disputes", "Nav.Disputes", Icons.Material.Outlined.Gavel, PagePolicies.Disputes),
            new("/ownership/hand-over", "Nav.HandOver", Icons.Material.Outlined.TransferWithinAStation, PagePolicies.HandOver),
        ]),
        new("Nav.Group.Contracts", Icons.Material.Outlined.HistoryEdu,
        [
            new("/contracts", "Nav.Contracts", Icons.Material.Outlined.HistoryEdu, PagePolicies.Contracts),
            new("/receivables", "Nav.Receivables", Icons.Material.Outlined.RequestQuote, PagePolicies.Contracts, NavLinkMatch.All),
            new("/contracts/ledger", "Nav.Ledger", Icons.Material.Outlined.TableChart, PagePolicies.Contracts),
            new("/catalogue/products", "Nav.Products", Icons.Material.Outlined.Inventory2, PagePolicies.Products),
        ]),
        new("Nav.Group.Performance", Icons.Material.Outlined.EmojiEvents,
        [
            new("/performance", "Nav.Performance", Icons.Material.Outlined.EmojiEvents, PagePolicies.Performance, NavLinkMatch.All),
            new("/performance/ranking", "Nav.Ranking", Icons.Material.Outlined.Leaderboard, PagePolicies.Performance),
            new("/performance/reviews", "Nav.Reviews", Icons.Material.Outlined.RecordVoiceOver, PagePolicies.Reviews),
            new("/performance/targets", "Nav.Targets", Icons.Material.Outlined.Flag, PagePolicies.Targets),
        ]),
        new("Nav.Group.Reports", Icons.Material.Outlined.Insights,
        [
            new("/visits/compliance", "Nav.VisitCompliance", Icons.Material.Outlined.FactCheck, PagePolicies.VisitCompliance),
            new("/visits/late", "Nav.LateEntries", Icons.Material.Outlined.HistoryToggleOff, PagePolicies.LateEntries),
            new("/customers/tiers", "Nav.TierChanges", Icons.Material.Outlined.Grade, PagePolicies.Customers),
            new("/customers/churn", "Nav.Churn", Icons.Material.Outlined.TrendingDown, PagePolicies.Churn),
            new("/receivables/monthly", "Nav.MonthlyStatement", Icons.Material.Outlined.Summarize, PagePolicies.MonthlyStatement),
            new("/service/dashboard", "Nav.ServiceDashboard", Icons.Material.Outlined.Insights, PagePolicies.ServiceDashboard),
        ]),
        new(null, null,
        [
            new("/notifications", "Nav.Notifications", Icons.Material.Outlined.Notifications, null),
        ]),
        new("Nav.Administration", Icons.Material.Outlined.AdminPanelSettings,
        [
            new("/admin/users", "Nav.Users", Icons.Material.Outlined.People, PagePolicies.Administration),
            new("/admin/regions", "Nav.Regions", Icons.Material.Outlined.Map, PagePolicies.Administration),
            new("/admin/lost-reasons", "Nav.LostReasons", Icons.Material.Outlined.PlaylistRemove, PagePolicies.LostReasons),
            new("/admin/exports", "Nav.Exports", Icons.Material.Outlined.FileDownload, PagePolicies.Exports),
        ]),
    ];

    /// <summary>The sections <paramref name="role"/> sees, each with only the links the role may use; empty ones left out.</summary>
    public static IReadOnlyList<NavSection> For(CrmRole? role) =>
        All.Select(section => section with { Entries = section.Entries.Where(e => role is { } r ? e.Allowed(r) : e.Href == "/" || e.Href == "/notifications").ToList() })
            .Where(section => section.Entries.Count > 0)
            .ToList();

    /// <summary>
    /// The link a page belongs to: the one whose address is the longest start of <paramref name="path"/>
    /// ("/contracts/ledger" is the ledger's, "/contracts/7" the contracts'); null for a page of no link. Only this link
    /// is highlighted, so the ledger's page does not light up "Contracts" as well.
    /// </summary>
    public static string? LinkOf(string path) => Find(path)?.Entry.Href;

    /// <summary>The group of the link a page belongs to (<see cref="LinkOf"/>), so the drawer can open it; null for none.</summary>
    public static string? GroupOf(string path) => Find(path)?.Section.TitleKey;

    private static (NavSection Section, NavEntry Entry)? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return All
            .SelectMany(s => s.Entries.Where(e => e.Href != "/" && IsUnder(path, e.Href)).Select(e => ((NavSection Section, NavEntry Entry)?)(s, e)))
            .OrderByDescending(m => m!.Value.Entry.Href.Length)
            .FirstOrDefault();
    }

    private static bool IsUnder(string path, string href) =>
        path.Equals(href, StringComparison.OrdinalIgnoreCase)
        || (path.StartsWith(href, StringComparison.OrdinalIgnoreCase) && path.Length > href.Length && path[href.Length] is '/' or '?');
}
