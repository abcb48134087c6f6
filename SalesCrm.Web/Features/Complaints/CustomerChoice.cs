namespace SalesCrm.Web.Features.Complaints;

/// <summary>SVC-1: a customer the agent may name on a request (SEC-1: of what service staff read).</summary>
public sealed record CustomerChoice(Guid Id, string Name, string Region)
{
    public override string ToString() => Name;
}
