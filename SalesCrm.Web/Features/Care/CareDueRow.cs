using SalesCrm.Domain.Care;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Care;

/// <summary>CUS-4: an important customer due for personal care, with the last care it had (if any).</summary>
public sealed record CareDueRow(Guid CustomerId, string Customer, Tier Tier, string Owner, string? AccountManager, DateTimeOffset? LastCareAt, CareAction? LastAction);
