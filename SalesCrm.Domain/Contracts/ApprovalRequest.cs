namespace SalesCrm.Domain.Contracts;

/// <summary>CON-2: one term of a contract that the rep asked the sales manager to allow, and the answer.</summary>
public sealed record ApprovalRequest(
    ApprovalReason Reason,
    Guid RequestedById,
    DateTimeOffset RequestedAt,
    ApprovalStatus Status = ApprovalStatus.Pending,
    Guid? DecidedById = null,
    DateTimeOffset? DecidedAt = null,
    string? Comment = null);
