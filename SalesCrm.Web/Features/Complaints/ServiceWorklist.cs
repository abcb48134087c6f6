namespace SalesCrm.Web.Features.Complaints;

/// <summary>The views of the service list.</summary>
public enum ServiceWorklist
{
    /// <summary>Everything not closed, the most urgent first.</summary>
    Open = 1,

    /// <summary>What the user logged or investigates.</summary>
    Mine = 2,

    /// <summary>A first response or an approved solution past its deadline (SVC-3).</summary>
    Overdue = 3,

    /// <summary>SVC-2: solutions waiting for the marketing director.</summary>
    AwaitingApproval = 4,

    Closed = 5,
}
