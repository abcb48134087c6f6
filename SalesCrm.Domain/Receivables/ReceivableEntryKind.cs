namespace SalesCrm.Domain.Receivables;

/// <summary>What one line of a receivable's history records.</summary>
public enum ReceivableEntryKind
{
    /// <summary>AR-3: the customer confirmed charges; only confirmed charges are invoiced.</summary>
    ChargesConfirmed = 1,
    Invoice = 2,
    Payment = 3,

    /// <summary>Lets the customer's money exceed what is owed, with a reason (a refund or a credit on the next order).</summary>
    CreditNote = 4,

    /// <summary>AR-1 (003 §9.3): the customer deducted an amount from what it pays.</summary>
    Deduction = 5,

    /// <summary>AR-1 (003 §9.3): the customer claimed compensation against what it owes.</summary>
    Claim = 6,
}
