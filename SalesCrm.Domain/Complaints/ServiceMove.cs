namespace SalesCrm.Domain.Complaints;

/// <summary>What a user may do to a service request (SVC-1..3); <see cref="ServiceRequest.AllowedMoves"/> says which apply now.</summary>
public enum ServiceMove
{
    AssignInvestigator = 1,
    RecordRootCause = 2,
    ProposeSolution = 3,
    ApproveSolution = 4,
    SendBackSolution = 5,
    RecordProgress = 6,
    Resolve = 7,
    Answer = 8,
    Close = 9,
    AddImprovement = 10,
}
