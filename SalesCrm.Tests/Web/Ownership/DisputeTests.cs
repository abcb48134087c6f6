using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Ownership;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>
/// OWN-5 disputes: the rep refused a customer disputes it with evidence; the sales manager of the owner's region (or
/// the director) decides; upholding moves the customer in the ledger and the audit; both reps hear of it.
/// </summary>
public sealed class DisputeTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private Region _south = default!;
    private CrmUser _owner = default!;
    private CrmUser _claimant = default!;
    private CrmUser _eastManager = default!;
    private CrmUser _southManager = default!;
    private Customer _customer = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _south = await _organisation.RegionAsync("South");
        _owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _claimant = await _organisation.UserAsync(CrmRole.SalesRep, _south, "吴芳");
        _eastManager = await _organisation.AppointedManagerAsync(_east, "李娜");
        _southManager = await _organisation.AppointedManagerAsync(_south, "黄磊");
        _customer = await new CustomerBuilder().Named("华为技术有限公司").WithContact("李经理", "138 0013 8000").SaveAsync(_database, _owner);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OWN5_RefusedRep_OpensADisputeWithEvidence_OwnersManagerAndOwnerAreNotified()
    {
        var collision = await CollideAsync();

        var result = await _database.SignIn(_claimant).Disputes.OpenAsync(Form(collision));

        Assert.Empty(result.Errors);
        await using var db = _database.CreateContext();
        var dispute = await db.OwnershipDisputes.SingleAsync();
        Assert.Equal((result.Id, _claimant.Id, _owner.Id, _east.Id, DisputeStatus.Open), (dispute.Id, dispute.ClaimantId, dispute.OwnerId, dispute.OwnerRegionId, dispute.Status));
        var notified = await db.Notifications.Where(n => n.Kind == NotificationKind.DisputeOpened).Select(n => n.RecipientId).ToListAsync();
        Assert.Equal(new[] { _owner.Id, _eastManager.Id }.Order(), notified.Order());
    }

    [Fact]
    public async Task OWN5_OpenWithoutEvidence_IsRefusedNextToTheField_AndNothingIsSaved()
    {
        var form = Form(await CollideAsync());
        form.Evidence = " ";

        var result = await _database.SignIn(_claimant).Disputes.OpenAsync(form);

        Assert.Null(result.Id);
        Assert.Equal(nameof(DisputeFormModel.Evidence), Assert.Single(result.Errors).Field);
        await using var db = _database.CreateContext();
        Assert.False(await db.OwnershipDisputes.AnyAsync());
        Assert.False(await db.Notifications.AnyAsync(n => n.Kind == NotificationKind.DisputeOpened));
    }

    [Fact]
    public async Task OWN5_AnotherRepsRefusal_CannotBeDisputed()
    {
        var collision = await CollideAsync();
        var colleague = await _organisation.UserAsync(CrmRole.SalesRep, _south);

        var result = await _database.SignIn(colleague).Disputes.OpenAsync(Form(collision));

        Assert.Equal("Dispute.CollisionRequired", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task OWN5_ASecondOpenDisputeAboutTheSameCustomer_IsRefused()
    {
        var first = await CollideAsync();
        await _database.SignIn(_claimant).Disputes.OpenAsync(Form(first));
        _database.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await CollideAsync();

        var result = await _database.SignIn(_claimant).Disputes.OpenAsync(Form(second));

        Assert.Equal("Dispute.AlreadyOpen", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task OWN5_OnlySalesStaffOpenDisputes()
    {
        var collision = await CollideAsync();
        var service = await _organisation.UserAsync(CrmRole.ServiceAgent, _south);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(service).Disputes.OpenAsync(Form(collision)));
    }

    [Fact]
    public async Task OWN5_DisputableRefusals_AreTheRepsOwn_LatestPerCustomer_AndNotOnesUnderDispute()
    {
        await CollideAsync();
        _database.Time.Advance(TimeSpan.FromHours(1));
        var latest = await CollideAsync("華為技術有限公司");
        await new CustomerBuilder().Named("Acme Trading Co., Ltd.").SaveAsync(_database, _owner);
        _database.Time.Advance(TimeSpan.FromHours(1));
        var acme = await CollideAsync("ACME Trading Limited");
        var claimant = _database.SignIn(_claimant).Disputes;

        var before = await claimant.DisputableAsync();
        await claimant.OpenAsync(Form(acme));
        var after = await claimant.DisputableAsync();

        Assert.Equal(new[] { acme, latest }, before.Select(c => c.CollisionId));
        Assert.Equal(("華為技術有限公司", "张伟", "East"), (before[1].TypedName, before[1].Owner, before[1].OwnerRegion));
        Assert.Equal(new[] { latest }, after.Select(c => c.CollisionId));
        Assert.Empty(await _database.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, _south)).Disputes.DisputableAsync());
    }

    [Fact]
    public async Task OWN5_OwnersManagerUpholds_CustomerMovesToTheClaimant_LedgerAuditAndBothRepsShowIt()
    {
        var id = await OpenDisputeAsync();
        _database.Time.Advance(TimeSpan.FromDays(1));

        var errors = await _database.SignIn(_eastManager).Disputes.UpholdAsync(id, "吴芳's visit report of 10 Feb predates ours");

        Assert.Empty(errors);
        await using var db = _database.CreateContext();
        Assert.Equal((_claimant.Id, _south.Id), await db.Customers.Select(c => ValueTuple.Create(c.OwnerId, c.RegionId)).SingleAsync());
        var line = await db.OwnershipLedger.SingleAsync(l => l.Change == OwnershipChange.DisputeUpheld);
        Assert.Equal((_owner.Id, _claimant.Id, _eastManager.Id, "吴芳's visit report of 10 Feb predates ours"), (line.PreviousOwnerId, line.OwnerId, line.DecidedById, line.Reason));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == _customer.Id && a.Field == nameof(Customer.OwnerId) && a.NewValue == _claimant.Id.ToString()));
        Assert.Equal(NotificationKind.DisputeUpheld, await db.Notifications.Where(n => n.RecipientId == _claimant.Id).Select(n => n.Kind).SingleAsync());
        Assert.Contains(NotificationKind.CustomerTransferredAway, await db.Notifications.Where(n => n.RecipientId == _owner.Id).Select(n => n.Kind).ToListAsync());
        Assert.NotNull(await _database.SignIn(_claimant).Customers.GetAsync(_customer.Id));
        Assert.Null(await _database.SignIn(_owner).Customers.GetAsync(_customer.Id));
    }

    [Fact]
    public async Task OWN5_Rejected_OwnerKeepsTheCustomer_BothRepsAreTold()
    {
        var id = await OpenDisputeAsync();

        var errors = await _database.SignIn(_eastManager).Disputes.RejectAsync(id, "张伟 met them in January");

        Assert.Empty(errors);
        await using var db = _database.CreateContext();
        Assert.Equal(_owner.Id, await db.Customers.Select(c => c.OwnerId).SingleAsync());
        Assert.False(await db.OwnershipLedger.AnyAsync(l => l.Change == OwnershipChange.DisputeUpheld));
        Assert.Equal(NotificationKind.DisputeRejected, await db.Notifications.Where(n => n.RecipientId == _claimant.Id).Select(n => n.Kind).SingleAsync());
        Assert.Contains(NotificationKind.DisputeRejectedCustomerKept, await db.Notifications.Where(n => n.RecipientId == _owner.Id).Select(n => n.Kind).ToListAsync());
        var view = await _database.SignIn(_claimant).Disputes.GetAsync(id);
        Assert.Equal((DisputeStatus.Rejected, "李娜", "张伟 met them in January"), (view!.Status, view.DecidedBy, view.Decision));
    }

    [Fact]
    public async Task OWN5_TheClaimantsOwnManagerAndReps_CannotDecide()
    {
        var id = await OpenDisputeAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_southManager).Disputes.UpholdAsync(id, "My rep was first"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_owner).Disputes.RejectAsync(id, "Mine"));
        Assert.False((await _database.SignIn(_southManager).Disputes.GetAsync(id))!.CanDecide);
        Assert.True((await _database.SignIn(_eastManager).Disputes.GetAsync(id))!.CanDecide);
        await using var db = _database.CreateContext();
        Assert.Equal(DisputeStatus.Open, await db.OwnershipDisputes.Select(d => d.Status).SingleAsync());
    }

    [Fact]
    public async Task OWN5_DecisionWithoutAReason_IsRefusedAndTheDisputeStaysOpen()
    {
        var id = await OpenDisputeAsync();

        var errors = await _database.SignIn(_eastManager).Disputes.UpholdAsync(id, "  ");

        Assert.Equal("Decision", Assert.Single(errors).Field);
        await using var db = _database.CreateContext();
        Assert.Equal((DisputeStatus.Open, _owner.Id), (await db.OwnershipDisputes.Select(d => d.Status).SingleAsync(), await db.Customers.Select(c => c.OwnerId).SingleAsync()));
    }

    [Fact]
    public async Task OWN5_TheClaimantSeesOwnerAndSince_ButNoLinkToTheCustomer_UntilItIsTheirs()
    {
        var id = await OpenDisputeAsync();

        var before = await _database.SignIn(_claimant).Disputes.GetAsync(id);
        await _database.SignIn(_eastManager).Disputes.UpholdAsync(id, "Evidence checked");
        var after = await _database.SignIn(_claimant).Disputes.GetAsync(id);

        Assert.Equal(("张伟", "East", _customer.FirstContactAt, (Guid?)null), (before!.Owner, before.OwnerRegion, before.OwnerSince, before.CustomerId));
        Assert.Equal(_customer.Id, after!.CustomerId);
    }

    [Fact]
    public async Task OWN5_RepsNotParty_DoNotSeeTheDispute_ManagersOfBothRegionsDo()
    {
        var id = await OpenDisputeAsync();
        var bystander = _database.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, _east)).Disputes;
        var page = new PageRequest(0, 10);

        Assert.Null(await bystander.GetAsync(id));
        Assert.Equal(0, (await bystander.ListAsync(page)).Total);
        Assert.Equal(1, (await _database.SignIn(_southManager).Disputes.ListAsync(page)).Total);
        Assert.Equal(1, (await _database.SignIn(_eastManager).Disputes.ListAsync(page, DisputeStatus.Open)).Total);
        Assert.Equal(0, (await _database.SignIn(_eastManager).Disputes.ListAsync(page, DisputeStatus.Upheld)).Total);
        var row = Assert.Single((await _database.SignIn(_owner).Disputes.ListAsync(page)).Items);
        Assert.Equal(("華為技術有限公司", "吴芳", "South", "张伟", "East"), (row.CompanyName, row.Claimant, row.ClaimantRegion, row.Owner, row.OwnerRegion));
    }

    [Fact]
    public async Task OWN5_TwoDecidersAtOnce_ExactlyOneDecisionCounts()
    {
        var barrier = new SaveBarrier();
        await using var database = await TestDatabase.OnDiskAsync(barrier);
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");
        var south = await organisation.RegionAsync("South");
        var owner = await organisation.UserAsync(CrmRole.SalesRep, east);
        var claimant = await organisation.UserAsync(CrmRole.SalesRep, south);
        var manager = await organisation.AppointedManagerAsync(east);
        var director = await organisation.UserAsync(CrmRole.MarketingDirector, east);
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(database, owner);
        await database.SignIn(claimant).Customers.CreateAsync(new CustomerBuilder().Named("華為技術有限公司").ToForm());
        var collision = (await database.SignIn(claimant).Disputes.DisputableAsync())[0].CollisionId;
        var id = (await database.SignIn(claimant).Disputes.OpenAsync(Form(collision))).Id!.Value;

        barrier.Arm(parties: 2);
        var outcomes = await Task.WhenAll(
            Task.Run(() => database.SignIn(manager).Disputes.UpholdAsync(id, "Claimant was first")),
            Task.Run(() => database.SignIn(director).Disputes.RejectAsync(id, "Owner was first")));

        Assert.Single(outcomes, errors => errors.Count == 0);
        Assert.Equal("Dispute.ChangedMeanwhile", Assert.Single(outcomes.SelectMany(e => e)).Code);
        await using var db = database.CreateContext();
        var dispute = await db.OwnershipDisputes.SingleAsync();
        var ownerNow = await db.Customers.Select(c => c.OwnerId).SingleAsync();
        Assert.Equal(dispute.Status == DisputeStatus.Upheld ? claimant.Id : owner.Id, ownerNow);
        Assert.Equal(dispute.Status == DisputeStatus.Upheld ? 1 : 0, await db.OwnershipLedger.CountAsync(l => l.Change == OwnershipChange.DisputeUpheld));
    }

    /// <summary>The claimant tries to register <paramref name="typed"/> and is refused; returns that collision (call with time advanced in between).</summary>
    // The disputes list searches the company as the claimant typed it and both reps' names, within the status chosen.
    [Theory]
    [InlineData("華為", null, 1)]
    [InlineData("吴芳", null, 1)]
    [InlineData("张伟", DisputeStatus.Open, 1)]
    [InlineData("张伟", DisputeStatus.Upheld, 0)]
    [InlineData("Alibaba", null, 0)]
    public async Task OWN5_Search_FindsTheCompanyOrARep_WithinTheStatus(string term, DisputeStatus? status, int found)
    {
        await OpenDisputeAsync();

        var page = await _database.SignIn(_eastManager).Disputes.ListAsync(new PageRequest(0, 10, Search: term), status);

        Assert.Equal((found, found), (page.Total, page.Items.Count));
    }

    private async Task<Guid> CollideAsync(string typed = "華為技術有限公司")
    {
        var result = await _database.SignIn(_claimant).Customers.CreateAsync(new CustomerBuilder().Named(typed).ToForm());
        Assert.Equal(SaveOutcome.Collision, result.Outcome);
        await using var db = _database.CreateContext();
        return await db.Collisions.Where(c => c.ClaimantId == _claimant.Id).OrderByDescending(c => c.At).Select(c => c.Id).FirstAsync();
    }

    private async Task<Guid> OpenDisputeAsync()
    {
        var result = await _database.SignIn(_claimant).Disputes.OpenAsync(Form(await CollideAsync()));
        Assert.Empty(result.Errors);
        return result.Id!.Value;
    }

    private static DisputeFormModel Form(Guid collisionId) => new()
    {
        CollisionId = collisionId,
        EvidenceKind = EvidenceKind.Visit,
        ContactedOn = new DateTime(2026, 2, 10),
        Evidence = "Visit report: met 李经理 at their Shenzhen office",
    };
}
