namespace SalesCrm.Domain.Complaints;

/// <summary>SVC-2: one step while the solution is carried out, and whether it was shared with the customer.</summary>
public sealed record ProgressUpdate(string Text, bool SharedWithCustomer, Guid ById, DateTimeOffset At);
