using SalesCrm.Domain.Receivables;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>AR-3: a customer's query with who raised, verified and resolved it.</summary>
public sealed record ReceivableQueryRow(
    Guid Id, string Text, QueryStatus Status, string RaisedBy, DateTimeOffset RaisedAt, string? Finding, string? VerifiedBy, string? Resolution, string? ResolvedBy);
