using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Web.Features.Customers;

/// <summary>One line of a customer's history tab (SEC-2).</summary>
public sealed record HistoryRow(DateTimeOffset At, string Actor, AuditAction Action, string Field, string? Subject, string? OldValue, string? NewValue);
