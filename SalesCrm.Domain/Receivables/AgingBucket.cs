namespace SalesCrm.Domain.Receivables;

/// <summary>AR-1: how long an unpaid receivable is past its due date (the promised date when a debt was allowed).</summary>
public enum AgingBucket
{
    Current = 1,
    Days1To30 = 2,
    Days31To60 = 3,
    Days61To90 = 4,
    Over90 = 5,
}
