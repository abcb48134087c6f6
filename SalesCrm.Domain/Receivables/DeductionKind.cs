namespace SalesCrm.Domain.Receivables;

/// <summary>AR-1 (003 §9.3): what reduced the amount the customer pays.</summary>
public enum DeductionKind
{
    Deduction = 1,
    Claim = 2,
}
