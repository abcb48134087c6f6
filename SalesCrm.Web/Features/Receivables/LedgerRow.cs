using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>CON-5: one signed contract in the ledger (台账): signing, execution, invoiced, collected, outstanding.</summary>
public sealed record LedgerRow(
    Guid ContractId, string ContractNumber, string Customer, string Owner, string Region, DateOnly SignedOn, ContractStatus Status,
    Money SignedAmount, Money Invoiced, Money Collected, Money Outstanding, DateOnly? DueDate);
