namespace SalesCrm.Web.Features.Admin;

public sealed record RegionRow(Guid Id, string Name, Guid? SalesManagerId, string? SalesManager, int Users);
