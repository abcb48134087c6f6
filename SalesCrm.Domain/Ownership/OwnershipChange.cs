namespace SalesCrm.Domain.Ownership;

/// <summary>How a customer came to its owner (the ownership ledger's entry kinds).</summary>
public enum OwnershipChange
{
    /// <summary>OWN-1: registered by the rep who made first contact.</summary>
    FirstContact = 1,

    /// <summary>OWN-5: moved by a manager, with a reason.</summary>
    Transfer = 2,

    /// <summary>OWN-5: a dispute was upheld, so the rep who made first contact became owner.</summary>
    DisputeUpheld = 3,

    /// <summary>OWN-6: the owner logged no contact for N days; the customer went to the shared pool.</summary>
    ReleasedToPool = 4,

    /// <summary>OWN-6: a rep claimed the customer from the pool and owns it from then.</summary>
    ClaimedFromPool = 5,
}
