using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>A counted figure against its target; <see cref="TargetIsDefault"/> when no one set the target and the company's default applies.</summary>
public sealed record Figure(decimal Actual, decimal? Target, bool TargetIsDefault)
{
    public Attainment Attainment => new(Actual, Target);
}
