using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>OWN-7: a person who owns customers; <see cref="HasLeft"/> when their account is closed and the customers wait for a successor.</summary>
public sealed record HandOverPerson(Guid Id, string Name, string Region, CrmRole Role, bool HasLeft, int Customers);

/// <summary>OWN-7: one of the leaver's customers as the hand-over lists it.</summary>
public sealed record HandOverCustomer(Guid Id, string Name, Tier Tier, CustomerStatus Status);

/// <summary>OWN-7: someone who may take the leaver's customers.</summary>
public sealed record HandOverSuccessor(Guid Id, string Name, string Region);

/// <summary>
/// OWN-7: hand <see cref="PersonId"/>'s customers to <see cref="SuccessorId"/>, some (<see cref="Overrides"/>: customer →
/// successor) to another, with one reason; <see cref="CloseAccount"/> closes the leaver's account in the same step.
/// </summary>
public sealed record HandOverRequest(Guid PersonId, Guid? SuccessorId, string? Reason, IReadOnlyDictionary<Guid, Guid> Overrides, bool CloseAccount);

/// <summary>The errors (none when done) and how many customers moved.</summary>
public sealed record HandOverResult(IReadOnlyList<ValidationError> Errors, int Moved);
