using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>CUS-3: why and when a customer was lost: a reason from the managed list and the user's own words.</summary>
public sealed record CustomerLoss(Guid ReasonId, string Note, DateTimeOffset At)
{
    public const int NoteMaxLength = 2000;

    /// <summary>Both the reason and the words are required; the note is trimmed and at most <see cref="NoteMaxLength"/> characters.</summary>
    public static CustomerLoss Record(Guid reasonId, string? text, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (reasonId == Guid.Empty)
        {
            errors.Add(nameof(Customer.LostReasonId), "Customer.LostReasonRequired", "Choose why the customer is lost.");
        }

        var clean = Text.Clean(text);
        if (clean is null)
        {
            errors.Add(nameof(Customer.LostNote), "Customer.LostNoteRequired", "Describe why the customer is lost.");
        }

        errors.AddIf(nameof(Customer.LostNote), Text.Check(clean, NoteMaxLength));
        errors.ThrowIfAny();
        return new CustomerLoss(reasonId, clean!, now);
    }
}
