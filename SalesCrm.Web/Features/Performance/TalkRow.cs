namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-1: a person of the month's talks: the talk if it was held, and whether the viewer records or acknowledges it.</summary>
public sealed record TalkRow(Guid PersonId, string Person, Guid? TalkId, DateOnly? HeldOn, decimal? AgreedTarget, string? Notes, string? HeldBy, DateTimeOffset? AcknowledgedAt, bool CanRecord, bool CanAcknowledge);
