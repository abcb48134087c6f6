namespace SalesCrm.Domain.Complaints;

/// <summary>
/// Who asks what they may do to a request: the roles' reach is decided outside the domain (who works the region's
/// requests, who assigns, who decides solutions, who sets improvements); the request adds its state and the identity
/// rule "only the assigned investigator investigates".
/// </summary>
public sealed record ServiceActor(Guid UserId, bool Works, bool Assigns, bool DecidesSolutions, bool AddsImprovements);
