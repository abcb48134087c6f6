using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>One opportunity as its page shows it: the aggregate itself (read-only use) with names and what the reader may do.</summary>
public sealed record OpportunityView(Opportunity Opportunity, string CustomerName, string Owner, string Region, int DaysInStage, bool CanWork);
