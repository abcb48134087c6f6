namespace SalesCrm.Web.Features.Ownership;

/// <summary>OWN-6 preview for managers: a customer the pool policy will release soon unless its owner logs contact.</summary>
public sealed record DueRow(Guid Id, string Name, string Owner, string Region, DateTimeOffset LastContactAt, DateTimeOffset ReleaseAt);
