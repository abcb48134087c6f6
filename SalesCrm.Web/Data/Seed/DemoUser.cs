using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Data.Seed;

/// <summary>A demo sign-in, printed at start and shown on the sign-in page in Development.</summary>
public sealed record DemoUser(string Email, string DisplayName, CrmRole Role, string Region);
