namespace SalesCrm.Web.Features.Pipeline;

/// <summary>PIPE-3: narrows the board to one owner or one region, within what the user may see anyway.</summary>
public sealed record BoardFilter(Guid? OwnerId = null, Guid? RegionId = null);
