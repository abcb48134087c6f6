namespace SalesCrm.Domain.Contracts;

/// <summary>What a user may do to a contract (CON-1..3); <see cref="Contract.AllowedMoves"/> says which apply now.</summary>
public enum ContractMove
{
    Edit = 1,
    SubmitForReview = 2,
    ApproveLegally = 3,
    SendBack = 4,
    Sign = 5,
    StartExecution = 6,
    Complete = 7,
    NewVersion = 8,
    Cancel = 9,
    Terminate = 10,
}
