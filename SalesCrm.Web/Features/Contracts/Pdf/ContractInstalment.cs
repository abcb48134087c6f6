namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>One payment the schedule fixes (AR-1: nobody may move the date later).</summary>
public sealed record ContractInstalment(DateOnly DueDate, decimal Amount, string Description);
