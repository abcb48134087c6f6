using System.ComponentModel.DataAnnotations;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>SVC-3: the first-response time and how often the app looks for overdue items.</summary>
public sealed class ServiceOptions
{
    public const string Section = "Service";

    /// <summary>SVC-3: hours from receipt to the first response (004: a 48-hour response mechanism).</summary>
    [Range(1, 720)]
    public int FirstResponseHours { get; set; } = 48;

    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan FirstResponseWithin => TimeSpan.FromHours(FirstResponseHours);
}
