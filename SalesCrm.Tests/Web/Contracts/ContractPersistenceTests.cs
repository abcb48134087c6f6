using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Tests.Web.Contracts;

/// <summary>CON-1..3 on a real database: terms, lines and approvals come back exactly as saved, and versions share a number.</summary>
public sealed class ContractPersistenceTests : IAsyncLifetime
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private TestDatabase _database = default!;
    private Customer _customer = default!;
    private Guid _rep;
    private Guid _manager;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        var east = await organisation.RegionAsync("East");
        var rep = await organisation.UserAsync(CrmRole.SalesRep, east);
        _rep = rep.Id;
        _manager = (await organisation.AppointedManagerAsync(east)).Id;
        _customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task CON1_TermsLinesAndApprovals_RoundTripExactly()
    {
        var contract = Draft();
        await SaveAsync(contract);

        await using var db = _database.CreateContext();
        var stored = await db.Contracts.SingleAsync();
        Assert.Equal(("HT-2026-0001", 1, ContractStatus.Draft), (stored.Number, stored.VersionNumber, stored.Status));
        Assert.Equal(contract.Terms.Lines, stored.Terms.Lines);
        Assert.Equal(1_071_100.50m, stored.Terms.Total.Amount);
        Assert.Equal((PaymentMethod.BankAcceptanceBill, SettlementMethod.Monthly, 45, 5m, SigningMethod.Paper),
            (stored.Terms.PaymentMethod, stored.Terms.Settlement, stored.Terms.PaymentTermsDays, stored.Terms.BreachCompensationPercent, stored.Terms.SigningMethod));
        Assert.Equal([ApprovalReason.PriceBelowList], stored.Approvals.Select(a => a.Reason));
    }

    [Fact]
    public async Task CON2_ADecidedApproval_IsStored_AndTheContractMovesOn()
    {
        await SaveAsync(Draft());

        await using (var db = _database.CreateContext(new AuditActor(_manager, "Manager")))
        {
            var contract = await db.Contracts.SingleAsync();
            contract.DecideApproval(ApprovalReason.PriceBelowList, approve: true, _manager, "Fleet deal", _database.Time.GetUtcNow());
            contract.SubmitForReview();
            await db.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var stored = await check.Contracts.SingleAsync();
        Assert.Equal((ContractStatus.InReview, ApprovalStatus.Approved, "Fleet deal"), (stored.Status, stored.Approvals[0].Status, stored.Approvals[0].Comment));
        var audit = await check.AuditEntries.SingleAsync(a => a.EntityId == stored.Id && a.Field == nameof(Contract.Status) && a.Action == AuditAction.Updated);
        Assert.Equal(("Draft", "InReview", "Manager"), (audit.OldValue, audit.NewValue, audit.ActorName));
    }

    [Fact]
    public async Task CON3_ANewVersion_IsAnotherRowWithTheSameNumber_TheSignedOneUnchanged()
    {
        var contract = Draft();
        contract.DecideApproval(ApprovalReason.PriceBelowList, true, _manager, null, _database.Time.GetUtcNow());
        contract.SubmitForReview();
        contract.ApproveLegally(null);
        contract.Sign(Hash, _database.Time.GetUtcNow());
        await SaveAsync(contract);

        await SaveAsync(contract.NewVersion(SettlementMethod.Monthly, _rep, _database.Time.GetUtcNow()), added: true);

        await using var db = _database.CreateContext();
        var versions = await db.Contracts.OrderBy(c => c.VersionNumber).ToListAsync();
        Assert.Equal([(1, ContractStatus.Signed), (2, ContractStatus.Draft)], versions.Select(v => (v.VersionNumber, v.Status)));
        Assert.Equal(versions[0].Id, versions[1].PreviousVersionId);
    }

    private Contract Draft() => Contract.Draft(
        "HT-2026-0001", _customer.Id, null, _rep, _customer.RegionId,
        new ContractTerms(
            [new ContractLine(Guid.NewGuid(), "CPD30", "3 吨电动叉车", "台", 128_000m, 9m, 119_000m), new ContractLine(Guid.NewGuid(), "SVC", "保养 Maintenance", "次", 99.50m, 1m, 99.50m),
             new ContractLine(Guid.NewGuid(), "TRN", "培训 Training", "天", 0.5m, 2m, 0.5m)],
            "CNY", new DateOnly(2026, 9, 30), PaymentMethod.BankAcceptanceBill, SettlementMethod.Monthly, 45, null, SigningMethod.Paper, "两年保修", FreeService: false),
        SettlementMethod.Monthly, _rep, _database.Time.GetUtcNow(), Company.Calendar);

    private async Task SaveAsync(Contract contract, bool added = false)
    {
        await using var db = _database.CreateContext(new AuditActor(_rep, "Rep"));
        if (added || !await db.Contracts.AnyAsync(c => c.Id == contract.Id))
        {
            db.Contracts.Add(contract);
        }
        else
        {
            db.Contracts.Update(contract);
        }

        await db.SaveChangesAsync();
    }
}
