namespace SalesCrm.Web.Features.Complaints;

/// <summary>SVC-1: how a request reached customer service; stored as the code, shown in the reader's language.</summary>
public static class ServiceChannels
{
    public static readonly IReadOnlyList<string> All = ["Phone", "Email", "WeChat", "OnSite", "Website", "Letter", "Other"];
}
