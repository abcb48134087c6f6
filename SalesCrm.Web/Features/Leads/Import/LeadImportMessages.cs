using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Components;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>What the page and the downloaded report say about an import, in the reader's language.</summary>
public static class LeadImportMessages
{
    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        [nameof(LeadFormModel.CompanyName)] = "Lead.CompanyName",
        [nameof(LeadFormModel.ContactName)] = "Lead.ContactName",
        [nameof(LeadFormModel.ContactTitle)] = "Contact.Title",
        [nameof(LeadFormModel.Phone)] = "Contact.Phone",
        [nameof(LeadFormModel.Email)] = "Contact.Email",
        [nameof(LeadFormModel.Needs)] = "Lead.Needs",
        [nameof(LeadFormModel.Industry)] = "Customer.Industry",
        [nameof(LeadFormModel.Source)] = "Customer.Source",
        [nameof(LeadFormModel.OwnerId)] = "Customer.Owner",
    };

    /// <summary>One row's outcome in words. OWN-3: an owned company is told by owner, region, since when and what matched, nothing else.</summary>
    public static string Describe(Texts t, CompanyCalendar calendar, LeadImportRow row)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(row);
        return row.Outcome switch
        {
            LeadImportOutcome.Created => t["Import.CreatedFor", row.Owner],
            LeadImportOutcome.DuplicateInFile => t["Import.DuplicateOfRow", row.FirstRow],
            LeadImportOutcome.AlreadyOwned when row.Match is { IsYours: true } mine => t["Import.AlreadyYours", t.Of(mine.Reason), calendar.ShowDate(mine.Since)],
            LeadImportOutcome.AlreadyOwned when row.Match is { } match => t["Import.AlreadyOwned", match.Owner, match.Region, calendar.ShowDate(match.Since), t.Of(match.Reason)],
            LeadImportOutcome.AlreadyOwned => t["Ownership.NotSaved"],
            LeadImportOutcome.Invalid => string.Join(" ", (row.Errors ?? []).Select(e => Error(t, e))),
            _ => t["Import.NotProcessedMessage"],
        };
    }

    /// <summary>Why the whole file was refused.</summary>
    public static string Describe(Texts t, LeadImportRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(refusal);
        var text = t[refusal.Code, [.. refusal.Args]];
        return text == refusal.Code ? refusal.Message : text;
    }

    private static string Error(Texts t, ValidationError error)
    {
        var message = error.Code == "Import.UnknownSource"
            ? t["Import.UnknownSource", string.Join(", ", Enum.GetValues<SourceChannel>().Select(c => t.Of(c)))]
            : t.Or(error.Code, error.Message);
        return FieldLabels.TryGetValue(error.Field, out var label) ? t["Import.FieldError", t[label], message] : message;
    }
}
