namespace SalesCrm.Web.Features.Contracts;

/// <summary>Which contracts a list shows: all the user may read, or the work waiting for them.</summary>
public enum ContractWorklist
{
    All = 0,

    /// <summary>CON-2: drafts with an approval request the user may decide.</summary>
    AwaitingMyApproval = 1,

    /// <summary>CON-3: contracts in legal review.</summary>
    InLegalReview = 2,

    /// <summary>Approved by legal, not yet signed.</summary>
    ReadyToSign = 3,
}
