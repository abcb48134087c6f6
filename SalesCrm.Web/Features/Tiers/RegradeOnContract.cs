using SalesCrm.Domain.Contracts;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>TIER-1: the grade follows a signing, a cancellation or a termination in the same save.</summary>
public sealed class RegradeOnContract(CustomerGrading grading, TimeProvider time) : IHandles<ContractSigned>, IHandles<ContractEnded>
{
    public Task HandleAsync(ContractSigned domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return grading.RegradeAsync(db, domainEvent.CustomerId, time.GetUtcNow(), cancellationToken);
    }

    public Task HandleAsync(ContractEnded domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return grading.RegradeAsync(db, domainEvent.CustomerId, time.GetUtcNow(), cancellationToken);
    }
}
