namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-1: how long a receivable has been open past its due date.</summary>
public enum AgingBucket
{
    Current,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90Days,
}
