using SalesCrm.Domain.Common;
using SalesCrm.Domain.Receivables;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>AR-1: an overdue receivable in the collection list; <see cref="DueDate"/> is the date aging counts from.</summary>
public sealed record OverdueRow(
    Guid ContractId, string ContractNumber, string Customer, string Owner, string Region, DateOnly DueDate, int DaysOverdue, AgingBucket Bucket,
    Money Outstanding, DebtStatus Debt, int OpenQueries);
