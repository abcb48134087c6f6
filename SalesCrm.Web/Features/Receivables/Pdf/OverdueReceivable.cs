using SalesCrm.Domain.Receivables;

namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-1/AR-2: a receivable past its due date at the end of the month, with who owns and who collects it.</summary>
/// <param name="DaysOverdue">Days past <paramref name="DueDate"/> at the month's end; at least 1.</param>
public sealed record OverdueReceivable(
    string Customer,
    string ContractNumber,
    string Rep,
    string Collector,
    DateOnly DueDate,
    int DaysOverdue,
    decimal Amount)
{
    public AgingBucket Bucket => Aging.BucketOf(DaysOverdue);
}
