namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-3: the agenda's two views; overdue contacts are in both.</summary>
public enum AgendaView
{
    Today = 1,
    ThisWeek = 2,
}
