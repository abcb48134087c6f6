using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Customers;

/// <summary>OWN-6: a customer goes to the pool only after N days without contact, and the first claim owns it.</summary>
public sealed class CustomerPoolTests
{
    private const int Days = 90;
    /// <summary>17:00 on 5 January in Beijing.</summary>
    private static readonly DateTimeOffset Registered = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>CAL-1: 90 whole company days later, at 00:00 on 6 April in Beijing.</summary>
    private static readonly DateTimeOffset Released = new(2026, 4, 5, 16, 0, 0, TimeSpan.Zero);
    private readonly Guid _owner = Guid.NewGuid();
    private readonly Guid _east = Guid.NewGuid();
    private readonly Customer _customer;

    public CustomerPoolTests() => _customer = new CustomerBuilder().Named("Acme Trading").Build(_owner, _east, Registered);

    [Fact]
    public void OWN6_CAL1_UntilTheCompanyMidnightAfterNWholeDays_IsNotReleased_ThenItIs()
    {
        Assert.Equal("Pool.NotDue", Assert.Throws<DomainException>(() => _customer.ReleaseToPool(Days, Released.AddTicks(-1), Company.Calendar)).Code);

        var line = _customer.ReleaseToPool(Days, Released, Company.Calendar);

        Assert.True(_customer.InPool);
        Assert.Equal((OwnershipChange.ReleasedToPool, _owner, _owner, OwnershipRecord.Policy, "90"), (line.Change, line.OwnerId, line.PreviousOwnerId, line.DecidedById, line.Reason));
    }

    [Fact]
    public void OWN6_LoggedContact_RestartsTheDays_AndAnOlderTimeDoesNotUndoIt()
    {
        _customer.RecordContact(Registered.AddDays(60));
        _customer.RecordContact(Registered.AddDays(10));

        Assert.Equal(new DateTimeOffset(2026, 6, 4, 16, 0, 0, TimeSpan.Zero), _customer.ReleaseDueAt(Days, Company.Calendar));
        Assert.Throws<DomainException>(() => _customer.ReleaseToPool(Days, Released.AddDays(1), Company.Calendar));
    }

    [Fact]
    public void OWN6_LeadMarkedContacted_CountsAsContact()
    {
        var lead = Customer.RegisterLead(new CustomerBuilder().Named("Globex").Profile, new ContactDetails(null, "Li Lei", null, "138 0013 8000", null, null), _owner, _east, Registered, Company.Calendar);

        lead.MarkContacted(Registered.AddDays(30));

        Assert.Equal(Registered.AddDays(30), lead.LastContactAt);
    }

    [Fact]
    public void OWN6_Claim_MakesTheRepOwnerInTheirRegion_FromNow()
    {
        var rep = Guid.NewGuid();
        var south = Guid.NewGuid();
        var released = Released;
        _customer.ReleaseToPool(Days, released, Company.Calendar);

        var line = _customer.ClaimFromPool(rep, rep, "East", PoolClaimRules.None, Claimant(south), released.AddDays(2), Company.Calendar);

        Assert.Equal((rep, south, false, released.AddDays(2)), (_customer.OwnerId, _customer.RegionId, _customer.InPool, _customer.LastContactAt));
        Assert.Equal((OwnershipChange.ClaimedFromPool, rep, _owner, rep), (line.Change, line.OwnerId, line.PreviousOwnerId, line.DecidedById));
        Assert.Equal(Registered, _customer.FirstContactAt);
    }

    [Fact]
    public void OWN6_ClaimingACustomerNotInThePool_OrReleasingTwice_IsRefused()
    {
        Assert.Equal("Pool.NotInPool", Assert.Throws<DomainException>(() => _customer.ClaimFromPool(Guid.NewGuid(), Guid.NewGuid(), "East", PoolClaimRules.None, Claimant(_east), Registered, Company.Calendar)).Code);
        _customer.ReleaseToPool(Days, Released, Company.Calendar);
        Assert.Equal("Pool.AlreadyInPool", Assert.Throws<DomainException>(() => _customer.ReleaseToPool(Days, Registered.AddDays(Days * 2), Company.Calendar)).Code);
    }

    [Fact]
    public void OWN6_ATransfer_GivesTheNewOwnerTheirFullDays()
    {
        _customer.TransferTo(Guid.NewGuid(), _east, "Rep left the company", Guid.NewGuid(), Registered.AddDays(80));

        Assert.Equal(new DateTimeOffset(2026, 6, 24, 16, 0, 0, TimeSpan.Zero), _customer.ReleaseDueAt(Days, Company.Calendar));
    }

    [Fact]
    public void OWN6_AManagerTransferringAPooledCustomer_TakesItOutOfThePool()
    {
        _customer.ReleaseToPool(Days, Released, Company.Calendar);
        var rep = Guid.NewGuid();

        _customer.TransferTo(rep, _east, "Assigned to the new key-account team", Guid.NewGuid(), Registered.AddDays(Days + 3));

        Assert.Equal((rep, false), (_customer.OwnerId, _customer.InPool));
    }

    private static PoolClaimant Claimant(Guid region) => new(region, ByRegionManager: false, Held: 0, ClaimedToday: 0, ReleasedFromRepAt: null);
}
