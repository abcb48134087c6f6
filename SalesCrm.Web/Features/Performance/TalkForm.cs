namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-1: a target talk as typed.</summary>
public sealed class TalkForm
{
    public DateTime? HeldOn { get; set; }
    public decimal? AgreedTarget { get; set; }
    public string? Notes { get; set; }
}
