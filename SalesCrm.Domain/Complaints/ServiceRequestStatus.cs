namespace SalesCrm.Domain.Complaints;

/// <summary>
/// SVC-2: a complaint goes received → under investigation → solution proposed → being resolved (the marketing director
/// approved the solution) → resolved → closed. Inquiries, suggestions and returns take the short path: received →
/// answered (or handled) → closed.
/// </summary>
public enum ServiceRequestStatus
{
    Received = 1,
    UnderInvestigation = 2,
    SolutionProposed = 3,
    BeingResolved = 4,
    Resolved = 5,
    Answered = 6,
    Closed = 7,
}
