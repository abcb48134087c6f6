using MudBlazor;
using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-1: one icon per kind of contact, so a list reads at a glance.</summary>
public static class VisitIcons
{
    public static string For(ContactKind kind) => kind switch
    {
        ContactKind.Phone => Icons.Material.Outlined.Call,
        ContactKind.OnSiteVisit => Icons.Material.Outlined.Storefront,
        ContactKind.Email => Icons.Material.Outlined.Email,
        ContactKind.Video => Icons.Material.Outlined.Videocam,
        _ => Icons.Material.Outlined.Forum,
    };

    public static Color Of(Priority priority) => priority switch
    {
        Priority.High => Color.Error,
        Priority.Normal => Color.Primary,
        _ => Color.Default,
    };
}
