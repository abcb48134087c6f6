namespace SalesCrm.Domain.Contracts;

/// <summary>CON-3: draft → in review → approved → signed → in execution → completed, or cancelled / terminated.</summary>
public enum ContractStatus
{
    Draft = 1,
    InReview = 2,
    Approved = 3,
#pragma warning disable CA1720 // "Signed" is CON-3's name for the state, not a type name.
    Signed = 4,
#pragma warning restore CA1720
    InExecution = 5,
    Completed = 6,

    /// <summary>Ended before signing.</summary>
    Cancelled = 7,

    /// <summary>Ended after signing, before completion.</summary>
    Terminated = 8,
}
