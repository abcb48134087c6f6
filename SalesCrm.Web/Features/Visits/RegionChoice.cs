namespace SalesCrm.Web.Features.Visits;

public sealed record RegionChoice(Guid Id, string Name);
