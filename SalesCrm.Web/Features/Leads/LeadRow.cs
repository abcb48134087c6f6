using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Leads;

/// <summary>A line of the lead list (no phone or e-mail: those are on the lead's page).</summary>
public sealed record LeadRow(Guid Id, string CompanyName, string? ContactName, LeadStatus Status, string? Industry, string Owner, string Region, DateTimeOffset RegisteredAt);
