namespace SalesCrm.Domain.Ownership;

/// <summary>Where an OWN-5 ownership dispute stands.</summary>
public enum DisputeStatus
{
    /// <summary>Waiting for the sales manager of the owner's region (or the director) to decide.</summary>
    Open = 1,

    /// <summary>The claimant made first contact: the customer was transferred to them.</summary>
    Upheld = 2,

    /// <summary>The owner keeps the customer.</summary>
    Rejected = 3,
}
