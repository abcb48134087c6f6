namespace SalesCrm.Web.Features.Visits;

/// <summary>TIER-3: one A-tier customer's counting visits this quarter against the number required.</summary>
public sealed record ComplianceRow(Guid CustomerId, string Customer, string Region, string? AccountManager, int Visits, int Required)
{
    public bool Behind => Domain.Visits.VisitCompliance.IsBehind(Visits, Required);

    public int Missing => Domain.Visits.VisitCompliance.Missing(Visits, Required);
}
