using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Ownership;

/// <summary>OWN-5: a dispute needs dated evidence, is decided once, by nobody who is party to it, and an upheld one moves the customer.</summary>
public sealed class OwnershipDisputeTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid EastRegion = Guid.NewGuid();
    private static readonly Guid SouthRegion = Guid.NewGuid();
    private readonly Guid _owner = Guid.NewGuid();
    private readonly Guid _claimant = Guid.NewGuid();
    private readonly Guid _manager = Guid.NewGuid();
    private readonly Customer _customer;
    private readonly Collision _collision;

    public OwnershipDisputeTests()
    {
        _customer = new CustomerBuilder().Named("华为技术有限公司").Build(_owner, EastRegion, Now.AddDays(-30));
        _collision = Collision.Record(_claimant, SouthRegion, _customer.Id, _owner, EastRegion, "華為技術有限公司", MatchKind.CompanyName, Now.AddDays(-1));
    }

    [Fact]
    public void OWN5_Open_KeepsTheClaimantsEvidence_AgainstTheCurrentOwner()
    {
        var dispute = OpenDispute();

        Assert.Equal((DisputeStatus.Open, _claimant, SouthRegion, _owner, EastRegion), (dispute.Status, dispute.ClaimantId, dispute.ClaimantRegionId, dispute.OwnerId, dispute.OwnerRegionId));
        Assert.Equal(("華為技術有限公司", new DateOnly(2026, 2, 10), "Visited their Shenzhen office with 李经理"), (dispute.CompanyName, dispute.ContactedOn, dispute.Evidence));
        Assert.Equal(Now, dispute.OpenedAt);
    }

    [Fact]
    public void OWN5_Open_WithoutDateOrEvidence_NamesEachMissingField()
    {
        var e = Assert.Throws<DomainValidationException>(() => OwnershipDispute.Open(_collision, _customer, EvidenceKind.Email, null, "  ", Now, Company.Calendar));

        Assert.Equal(["ContactedOn", "Evidence"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public void OWN5_Open_AContactDateInTheFuture_IsRefused()
    {
        var e = Assert.Throws<DomainValidationException>(() => OwnershipDispute.Open(_collision, _customer, EvidenceKind.Visit, new DateOnly(2026, 5, 6), "Planned visit", Now, Company.Calendar));

        Assert.Equal("Dispute.ContactedOnFuture", Assert.Single(e.Errors).Code);
    }

    [Fact]
    public void OWN5_Open_EvidenceOverTheLimit_IsRefused()
    {
        var e = Assert.Throws<DomainValidationException>(() =>
            OwnershipDispute.Open(_collision, _customer, EvidenceKind.Other, new DateOnly(2026, 2, 10), new string('证', OwnershipDispute.EvidenceMaxLength + 1), Now, Company.Calendar));

        Assert.Equal(("Evidence", "Field.TooLong"), (Assert.Single(e.Errors).Field, e.Errors[0].Code));
    }

    [Fact]
    public void OWN5_Open_ByTheRepWhoOwnsTheCustomerMeanwhile_IsRefused()
    {
        var mine = new CustomerBuilder().Named("华为技术有限公司").Build(_claimant, SouthRegion, Now.AddDays(-30));
        var collision = Collision.Record(_claimant, SouthRegion, mine.Id, _owner, EastRegion, "华为", MatchKind.CompanyName, Now);

        var e = Assert.Throws<DomainException>(() => OwnershipDispute.Open(collision, mine, EvidenceKind.Visit, new DateOnly(2026, 2, 10), "Visit", Now, Company.Calendar));

        Assert.Equal("Dispute.AlreadyYours", e.Code);
    }

    [Fact]
    public void OWN5_OWN6_Open_AboutACustomerInThePool_IsRefused()
    {
        _customer.ReleaseToPool(90, Now.AddDays(91), Company.Calendar);

        var e = Assert.Throws<DomainException>(() => OpenDispute());

        Assert.Equal("Dispute.InPool", e.Code);
    }

    [Fact]
    public void OWN5_Uphold_ThenSettle_MovesTheCustomerToTheClaimantsRegion_WithTheDecisionAsReason()
    {
        var dispute = OpenDispute();

        dispute.Uphold(_manager, "Visit report dated 10 Feb checks out", Now.AddHours(2));
        var line = _customer.SettleDispute(dispute, _manager, Now.AddHours(2));

        Assert.Equal((_claimant, SouthRegion), (_customer.OwnerId, _customer.RegionId));
        Assert.Equal((OwnershipChange.DisputeUpheld, _owner, _claimant, _manager, "Visit report dated 10 Feb checks out"),
            (line.Change, line.PreviousOwnerId, line.OwnerId, line.DecidedById, line.Reason));
        Assert.Equal((DisputeStatus.Upheld, _manager, Now.AddHours(2)), (dispute.Status, dispute.DecidedById, dispute.DecidedAt));
    }

    [Fact]
    public void OWN5_Settle_ARejectedDispute_DoesNotMoveTheCustomer()
    {
        var dispute = OpenDispute();
        dispute.Reject(_manager, "Our ledger shows 张伟 visited first", Now);

        Assert.Throws<DomainException>(() => _customer.SettleDispute(dispute, _manager, Now));
        Assert.Equal(_owner, _customer.OwnerId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void OWN5_Decide_WithoutAReason_IsRefused(string? reason)
    {
        var dispute = OpenDispute();

        var e = Assert.Throws<DomainValidationException>(() => dispute.Reject(_manager, reason, Now));

        Assert.Equal("Decision", Assert.Single(e.Errors).Field);
        Assert.Equal(DisputeStatus.Open, dispute.Status);
    }

    [Fact]
    public void OWN5_Decide_ByTheClaimantOrTheOwner_IsRefused()
    {
        var dispute = OpenDispute();

        Assert.Equal("Dispute.OwnDispute", Assert.Throws<DomainException>(() => dispute.Uphold(_claimant, "I was first", Now)).Code);
        Assert.Equal("Dispute.OwnDispute", Assert.Throws<DomainException>(() => dispute.Reject(_owner, "I was first", Now)).Code);
        Assert.Equal(DisputeStatus.Open, dispute.Status);
    }

    [Fact]
    public void OWN5_Decide_ADecidedDispute_IsRefused()
    {
        var dispute = OpenDispute();
        dispute.Reject(_manager, "No evidence of an earlier visit", Now);

        var e = Assert.Throws<DomainException>(() => dispute.Uphold(_manager, "Changed my mind", Now));

        Assert.Equal("Dispute.AlreadyDecided", e.Code);
        Assert.Equal(DisputeStatus.Rejected, dispute.Status);
    }

    private OwnershipDispute OpenDispute() =>
        OwnershipDispute.Open(_collision, _customer, EvidenceKind.Visit, new DateOnly(2026, 2, 10), "  Visited their Shenzhen office with 李经理 ", Now, Company.Calendar);
}
