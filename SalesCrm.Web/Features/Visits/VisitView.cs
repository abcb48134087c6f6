namespace SalesCrm.Web.Features.Visits;

/// <summary>One contact record with its history (VIS-2), newest version first.</summary>
public sealed record VisitView(VisitRow Current, string Customer, IReadOnlyList<VisitVersionRow> Versions);
