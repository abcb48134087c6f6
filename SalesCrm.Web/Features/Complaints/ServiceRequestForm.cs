using SalesCrm.Domain.Complaints;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>SVC-1: what the agent types when logging a complaint or request. The received time is the server's clock.</summary>
public sealed class ServiceRequestForm
{
    public ServiceRequestKind Kind { get; set; } = ServiceRequestKind.Complaint;
    public ServiceCategory? Category { get; set; }
    public CustomerChoice? Customer { get; set; }
    public string? Complainant { get; set; }
    public string? ContactDetails { get; set; }
    public string? Channel { get; set; }
    public string? Matter { get; set; }
    public Severity Severity { get; set; } = Severity.Medium;
}
