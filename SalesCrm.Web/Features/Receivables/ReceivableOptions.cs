using System.ComponentModel.DataAnnotations;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>AR-1: how often the app looks for allowed debts whose promised date has passed.</summary>
public sealed class ReceivableOptions
{
    public const string Section = "Receivables";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);
}
