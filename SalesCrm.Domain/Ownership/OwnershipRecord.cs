using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Ownership;

/// <summary>
/// One line of the append-only ownership ledger (OWN-1, OWN-5): who owns the customer from when, how, and on whose
/// decision. Lines are only ever added; the time is the server's clock.
/// </summary>
public sealed class OwnershipRecord : Entity
{
    public const int ReasonMaxLength = 500;

    /// <summary>Who decided a change the product made by itself under a policy (OWN-6 releases to the pool).</summary>
    public static readonly Guid Policy = Guid.Empty;

    private OwnershipRecord()
    {
    }

    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? PreviousOwnerId { get; private set; }
    public OwnershipChange Change { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid DecidedById { get; private set; }
    public string? Reason { get; private set; }

    public static OwnershipRecord FirstContact(Guid customerId, Guid ownerId, Guid registeredById, DateTimeOffset now) =>
        new() { CustomerId = customerId, OwnerId = ownerId, Change = OwnershipChange.FirstContact, At = now, DecidedById = registeredById };

    /// <summary>
    /// OWN-5: a move from one owner to another on a manager's decision (<see cref="OwnershipChange.Transfer"/> or
    /// <see cref="OwnershipChange.DisputeUpheld"/>), always with the reason in the manager's words.
    /// </summary>
    public static OwnershipRecord Transfer(OwnershipChange change, Guid customerId, Guid fromOwnerId, Guid toOwnerId, Guid managerId, string? reason, DateTimeOffset now)
    {
        var clean = Text.Required(reason, ReasonMaxLength, "Reason", "Ownership.ReasonRequired", "Give the reason for the transfer.");
        return new()
        {
            CustomerId = customerId, OwnerId = toOwnerId, PreviousOwnerId = fromOwnerId, Change = change,
            At = now, DecidedById = managerId, Reason = clean,
        };
    }

    /// <summary>
    /// OWN-6: released by the pool policy; <see cref="OwnerId"/> stays the former owner, for the record. The reason is
    /// the policy's number of days, so each reader sees it in their own language.
    /// </summary>
    public static OwnershipRecord Released(Guid customerId, Guid formerOwnerId, int days, DateTimeOffset now) =>
        new()
        {
            CustomerId = customerId, OwnerId = formerOwnerId, PreviousOwnerId = formerOwnerId, Change = OwnershipChange.ReleasedToPool,
            At = now, DecidedById = Policy, Reason = days.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    /// <summary>
    /// OWN-6: the first rep to claim the customer from the pool owns it; <paramref name="decidedById"/> is the rep, or
    /// the sales manager who claimed it for them from their region's pool.
    /// </summary>
    public static OwnershipRecord FromPool(Guid customerId, Guid formerOwnerId, Guid repId, Guid decidedById, DateTimeOffset now) =>
        new() { CustomerId = customerId, OwnerId = repId, PreviousOwnerId = formerOwnerId, Change = OwnershipChange.ClaimedFromPool, At = now, DecidedById = decidedById };
}
