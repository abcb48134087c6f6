using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>
/// PIPE-3: how many opportunities of the period reached a stage (a lost one counts for the stages it reached), and the
/// share of the previous stage's that came this far; null for the first stage or when none reached the previous one.
/// </summary>
public sealed record FunnelStep(OpportunityStage Stage, int Reached, double? ConversionFromPrevious);
