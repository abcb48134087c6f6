namespace SalesCrm.Domain.Contracts;

/// <summary>CON-2: what a rep may not promise on their own (003 §8.2.3, 不得擅自); each needs the sales manager's approval.</summary>
public enum ApprovalReason
{
    /// <summary>A unit price below the product's list price.</summary>
    PriceBelowList = 1,

    /// <summary>Service promised free of charge.</summary>
    FreeService = 2,

    /// <summary>A settlement method other than the customer's (e.g. credit terms for a cash-settlement customer).</summary>
    SettlementChange = 3,
}
