namespace SalesCrm.Web.Features.Home;

/// <summary>SVC-2/3 on "My day": overdue items, the user's own open items, and solutions waiting for the director.</summary>
public sealed record ServiceFlags(int Overdue, int Mine, int AwaitingApproval);
