using SalesCrm.Domain.Receivables;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>One line of a receivable's history with the name of who recorded it.</summary>
public sealed record ReceivableHistoryRow(ReceivableEntryKind Kind, decimal Amount, string Currency, string? Reference, string? Note, DateOnly? On, string By, DateTimeOffset At);
