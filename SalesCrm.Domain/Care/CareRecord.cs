using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Care;

/// <summary>
/// CUS-4: a care action for a customer (002 §5.4): a call, a gift, an invitation to an event or a new-product
/// recommendation, with what it was. <see cref="At"/> is the server's clock when it was recorded.
/// </summary>
public sealed class CareRecord : AggregateRoot
{
    public const int NoteMaxLength = 1000;

    private CareRecord()
    {
        Note = string.Empty;
    }

    public Guid CustomerId { get; private set; }
    public CareAction Action { get; private set; }
    public string Note { get; private set; }
    public Guid ById { get; private set; }
    public DateTimeOffset At { get; private set; }

    public static CareRecord Record(Guid customerId, CareAction action, string? note, Guid byId, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(action))
        {
            errors.Add(nameof(Action), "Care.ActionRequired", "Choose what was done: a call, a gift, an invitation or a product recommendation.");
        }

        var clean = Text.Clean(note);
        if (clean is null)
        {
            errors.Add(nameof(Note), "Care.NoteRequired", "Write what it was, for example the gift or the event.");
        }

        errors.AddIf(nameof(Note), Text.Check(clean, NoteMaxLength));
        errors.ThrowIfAny();
        return new CareRecord { CustomerId = customerId, Action = action, Note = clean!, ById = byId, At = now };
    }
}
