namespace SalesCrm.Web.Features.Admin;

public sealed record ManagerOption(Guid Id, string Name, Guid RegionId);
