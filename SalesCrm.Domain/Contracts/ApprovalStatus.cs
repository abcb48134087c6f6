namespace SalesCrm.Domain.Contracts;

/// <summary>CON-2: where an approval request stands.</summary>
public enum ApprovalStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
