using System.ComponentModel.DataAnnotations;
using SalesCrm.Domain.Care;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Care;

/// <summary>CUS-4: which customers are important, how long they may go without personal care, how far reminders look ahead.</summary>
public sealed class CareOptions
{
    public const string Section = "Care";

    /// <summary>The grades of the important customers (002 §5.4); A-tier by default.</summary>
    [MinLength(1)]
    public Tier[] Tiers { get; set; } = [Tier.A];

    /// <summary>An important customer with no care record for this many days is due.</summary>
    [Range(1, 3650)]
    public int WithoutCareDays { get; set; } = 90;

    /// <summary>Birthdays and holidays this many days ahead (today included).</summary>
    [Range(0, 60)]
    public int ReminderDays { get; set; } = CareReminders.DefaultWithinDays;
}
