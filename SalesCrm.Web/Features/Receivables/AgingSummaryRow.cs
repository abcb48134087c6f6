using SalesCrm.Domain.Common;
using SalesCrm.Domain.Receivables;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>AR-1: how many open receivables fall in a bucket, and what they still owe per currency.</summary>
public sealed record AgingSummaryRow(AgingBucket Bucket, int Count, IReadOnlyList<MoneyTotal> Outstanding);
