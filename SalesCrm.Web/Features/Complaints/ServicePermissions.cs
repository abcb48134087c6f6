namespace SalesCrm.Web.Features.Complaints;

/// <summary>
/// Which moves the page offers the reader. The page only hides what they may not do; the service checks the same rules
/// (<see cref="Auth.ServiceAccess"/>) and the domain the role and state on every move.
/// </summary>
public sealed record ServicePermissions(bool Work, bool Assign, bool Investigate, bool DecideSolution, bool AddImprovement, Guid UserId);
