using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// LEAD-1/LEAD-2: the one state table of a lead. New → contacted → qualified → converted, or disqualified (with a
/// reason) at any step before conversion. The lead page asks <see cref="CanMove"/> which steps to offer.
/// </summary>
public static class LeadFlow
{
    public const int ReasonMaxLength = 500;

    private static readonly Dictionary<LeadStatus, LeadStatus[]> From = new()
    {
        [LeadStatus.Contacted] = [LeadStatus.New],
        [LeadStatus.Qualified] = [LeadStatus.New, LeadStatus.Contacted],
        [LeadStatus.Converted] = [LeadStatus.Qualified],
        [LeadStatus.Disqualified] = [LeadStatus.New, LeadStatus.Contacted, LeadStatus.Qualified],
    };

    public static bool CanMove(LeadStatus current, LeadStatus to) => From.TryGetValue(to, out var from) && from.Contains(current);

    /// <summary>The status after the move, or a readable refusal; <paramref name="current"/> is null for a company not registered as a lead.</summary>
    public static LeadStatus Move(LeadStatus? current, LeadStatus to)
    {
        if (current is not { } status)
        {
            throw new DomainException("Lead.NotALead", "This customer was not registered as a lead.");
        }

        if (!CanMove(status, to))
        {
            throw new DomainException($"Lead.CannotBecome{to}", $"A lead that is {status.ToString().ToLowerInvariant()} cannot become {to.ToString().ToLowerInvariant()}.");
        }

        return to;
    }

    /// <summary>A disqualified lead stays on record with the reason, which is required.</summary>
    public static string DisqualifyingReason(string? reason)
    {
        return Text.Required(reason, ReasonMaxLength, "Reason", "Lead.ReasonRequired", "Give the reason for disqualifying the lead.");
    }
}
