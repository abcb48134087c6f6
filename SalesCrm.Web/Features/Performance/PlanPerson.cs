namespace SalesCrm.Web.Features.Performance;

public sealed record PlanPerson(Guid Id, string Name);
