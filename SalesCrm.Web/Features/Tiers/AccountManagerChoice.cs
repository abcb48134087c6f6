namespace SalesCrm.Web.Features.Tiers;

/// <summary>TIER-2: an account manager of the customer's region who may be assigned.</summary>
public sealed record AccountManagerChoice(Guid Id, string Name);
