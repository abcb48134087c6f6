using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Ownership;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / OWN-5: hostile evidence, decisions and transfer reasons come back on their field; no dispute is opened
// or decided, no owner changes, nobody is notified.
public sealed class HostileOwnershipInputTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CrmUser _owner = null!;
    private CrmUser _colleague = null!;
    private CrmUser _claimant = null!;
    private CrmUser _eastManager = null!;
    private Customer _customer = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        var east = await organisation.RegionAsync("East");
        var south = await organisation.RegionAsync("South");
        _owner = await organisation.UserAsync(CrmRole.SalesRep, east, "张伟");
        _colleague = await organisation.UserAsync(CrmRole.SalesRep, east, "王强");
        _claimant = await organisation.UserAsync(CrmRole.SalesRep, south, "吴芳");
        _eastManager = await organisation.AppointedManagerAsync(east, "李娜");
        _customer = await new CustomerBuilder().Named("华为技术有限公司").WithContact("李经理", "138 0013 8000").SaveAsync(_database, _owner);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task OWN5_HostileEvidence_IsRefusedOnTheEvidence_AndNoDisputeIsOpened(string hostile, string code)
    {
        var form = Form(await CollideAsync());
        form.Evidence = HostileInput.Text(hostile);

        var result = await _database.SignIn(_claimant).Disputes.OpenAsync(form);

        Assert.Equal((null, nameof(DisputeFormModel.Evidence), code), (result.Id, Assert.Single(result.Errors).Field, result.Errors[0].Code));
        await using var db = _database.CreateContext();
        Assert.Equal((0, 0), (await db.OwnershipDisputes.CountAsync(), await db.Notifications.CountAsync(n => n.Kind == NotificationKind.DisputeOpened)));
    }

    [Fact]
    public async Task OWN5_MarkupInTheEvidence_IsStoredExactlyAsTyped()
    {
        var form = Form(await CollideAsync());
        form.Evidence = HostileInput.Script;

        var result = await _database.SignIn(_claimant).Disputes.OpenAsync(form);

        Assert.Equal(HostileInput.Script, (await _database.SignIn(_eastManager).Disputes.GetAsync(result.Id!.Value))!.Evidence);
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task OWN5_AHostileDecision_IsRefusedOnTheDecision_AndTheDisputeStaysOpenWithTheCustomerUnmoved(string hostile, string code)
    {
        var id = await OpenDisputeAsync();
        var disputes = _database.SignIn(_eastManager).Disputes;

        var upheld = await disputes.UpholdAsync(id, HostileInput.Text(hostile));
        var rejected = await disputes.RejectAsync(id, HostileInput.Text(hostile));

        Assert.Equal([("Decision", code), ("Decision", code)], new[] { Assert.Single(upheld), Assert.Single(rejected) }.Select(e => (e.Field, e.Code)));
        await using var db = _database.CreateContext();
        Assert.Equal((DisputeStatus.Open, _owner.Id, 1), (
            (await db.OwnershipDisputes.SingleAsync()).Status, (await db.Customers.SingleAsync()).OwnerId, await db.OwnershipLedger.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task OWN5_AHostileTransferReason_IsRefusedOnTheReason_AndTheOwnerDoesNotChange(string hostile, string code)
    {
        var errors = await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, _colleague.Id, HostileInput.Text(hostile));

        Assert.Equal(("Reason", code), (Assert.Single(errors).Field, errors[0].Code));
        await using var db = _database.CreateContext();
        Assert.Equal((_owner.Id, 1, 0), ((await db.Customers.SingleAsync()).OwnerId, await db.OwnershipLedger.CountAsync(), await db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task OWN5_MarkupInATransferReason_IsKeptInTheLedgerExactlyAsTyped()
    {
        Assert.Empty(await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, _colleague.Id, HostileInput.Script));

        var ledger = await _database.SignIn(_eastManager).Ownership.LedgerAsync(_customer.Id);

        Assert.Contains(ledger!, row => row.Reason == HostileInput.Script);
    }

    private async Task<Guid> CollideAsync()
    {
        var result = await _database.SignIn(_claimant).Customers.CreateAsync(new CustomerBuilder().Named("華為技術有限公司").ToForm());
        Assert.Equal(SaveOutcome.Collision, result.Outcome);
        await using var db = _database.CreateContext();
        return await db.Collisions.Select(c => c.Id).SingleAsync();
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
