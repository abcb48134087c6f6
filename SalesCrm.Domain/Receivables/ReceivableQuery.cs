namespace SalesCrm.Domain.Receivables;

/// <summary>AR-3 (003 §6.3): a customer's query about a receivable, the collector's finding and proposal, and the department head's resolution.</summary>
public sealed record ReceivableQuery(
    Guid Id,
    string Text,
    Guid RaisedById,
    DateTimeOffset RaisedAt,
    QueryStatus Status = QueryStatus.Open,
    Guid? VerifiedById = null,
    string? Finding = null,
    DateTimeOffset? VerifiedAt = null,
    Guid? ResolvedById = null,
    string? Resolution = null,
    DateTimeOffset? ResolvedAt = null);
