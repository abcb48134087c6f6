using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Customers;

/// <summary>A lost customer in the churn analysis.</summary>
public sealed record ChurnedCustomer(Guid Id, string Name, string Region, Tier Tier, Tiers.LostReasonName Reason, string? Note, DateTimeOffset LostAt);
