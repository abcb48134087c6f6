using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Domain.Visits;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Ownership;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>
/// OWN-5/OWN-6 across features: for every way a customer changes owner (and region), every record the customer owns
/// follows — an open opportunity, a contract in each state with its PDF, the statement, the receivable, the agenda's
/// plan and the service request. The new owner and their manager read and work them; the previous owner finds nothing.
/// </summary>
public sealed class OwnershipFollowsCustomerTests : IAsyncLifetime
{
    private static readonly ContractStatus[] EveryState =
    [
        ContractStatus.Draft, ContractStatus.InReview, ContractStatus.Approved, ContractStatus.Signed, ContractStatus.InExecution,
        ContractStatus.Completed, ContractStatus.Terminated, ContractStatus.Cancelled,
    ];

    private static int _numbers;
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private Region _south = default!;
    private CrmUser _previous = default!;
    private CrmUser _eastColleague = default!;
    private CrmUser _southRep = default!;
    private CrmUser _eastManager = default!;
    private CrmUser _southManager = default!;
    private CrmUser _eastAgent = default!;
    private CrmUser _southAgent = default!;
    private CrmUser _director = default!;
    private Customer _customer = default!;
    private Guid _opportunity;
    private readonly Dictionary<ContractStatus, Guid> _contracts = [];
    private Guid _plan;
    private Guid _request;

    public enum Way
    {
        TransferInRegion,
        TransferToAnotherRegion,
        DisputeUpheld,
        ClaimedFromPool,
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _south = await _organisation.RegionAsync("South");
        _previous = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _eastColleague = await _organisation.UserAsync(CrmRole.SalesRep, _east, "王磊");
        _southRep = await _organisation.UserAsync(CrmRole.SalesRep, _south, "吴芳");
        _eastManager = await _organisation.AppointedManagerAsync(_east, "李娜");
        _southManager = await _organisation.AppointedManagerAsync(_south, "黄磊");
        _eastAgent = await _organisation.UserAsync(CrmRole.ServiceAgent, _east, "周客服");
        _southAgent = await _organisation.UserAsync(CrmRole.ServiceAgent, _south, "郑客服");
        _director = await _organisation.UserAsync(CrmRole.MarketingDirector, _east, "陈总");
        _customer = await new CustomerBuilder().Named("苏州瑞丰新材料股份有限公司").WithContact("刘经理", "139 1234 5678").SaveAsync(_database, _previous);

        var opened = await _database.SignIn(_previous).Opportunities.OpenAsync(_customer.Id, "新产线叉车 Forklifts for the new line", 900_000m);
        _opportunity = opened.Id!.Value;
        foreach (var status in EveryState)
        {
            _contracts[status] = await ContractInAsync(status);
        }

        var now = _database.Time.GetUtcNow();
        await using var db = _database.CreateContext();
        var plan = PlannedContact.Plan(
            _customer.Id, _previous.Id, _database.Calendar.DayOf(now).AddDays(3), Priority.High, "签约后回访 Visit after signing", ContactPurpose.Regular, _previous.Id, now, _database.Calendar);
        var request = ServiceRequest.Log(
            ServiceRequestKind.Complaint, ServiceCategory.Delivery, _customer.Id, _east.Id, "刘经理", "叉车交付延迟 Late delivery", null, "phone", Severity.Medium,
            CrmRole.ServiceAgent, _eastAgent.Id, now);
        db.PlannedContacts.Add(plan);
        db.ServiceRequests.Add(request);
        await db.SaveChangesAsync();
        (_plan, _request) = (plan.Id, request.Id);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(Way.TransferInRegion)]
    [InlineData(Way.TransferToAnotherRegion)]
    [InlineData(Way.DisputeUpheld)]
    [InlineData(Way.ClaimedFromPool)]
    public async Task OWN5_OWN6_EveryRecordOfTheCustomer_FollowsItsNewOwner_AndThePreviousOwnerFindsNothing(Way way)
    {
        var (owner, manager, agent) = await ChangeOwnerAsync(way);

        foreach (var reader in new[] { owner, manager })
        {
            var session = _database.SignIn(reader);
            Assert.True((await session.Opportunities.GetAsync(_opportunity))?.CanWork, $"{way}: opportunity for {reader.DisplayName}");
            foreach (var (status, id) in _contracts)
            {
                Assert.True((await session.Contracts.GetAsync(id))?.CanWork, $"{way}: {status} contract for {reader.DisplayName}");
                Assert.NotNull(await session.Contracts.PdfAsync(id));
            }

            Assert.NotNull(await session.Receivables.GetForContractAsync(_contracts[ContractStatus.Signed]));
            Assert.NotNull(await session.CustomerStatements.DocumentAsync(_customer.Id, Today().AddDays(-30), Today()));
            Assert.NotNull(await session.Agenda.GetAsync(_plan));
            Assert.NotNull(await session.Service.GetAsync(_request));
        }

        var previous = _database.SignIn(_previous);
        Assert.Null(await previous.Opportunities.GetAsync(_opportunity));
        Assert.Equal("Opportunity.NotFound", Assert.Single(await previous.Opportunities.AdvanceAsync(_opportunity, OpportunityStage.NeedsResearch, new ContactRecord())).Code);
        foreach (var id in _contracts.Values)
        {
            Assert.Null(await previous.Contracts.GetAsync(id));
            Assert.Null(await previous.Contracts.PdfAsync(id));
        }

        Assert.Equal("Contract.NotFound", Assert.Single(await previous.Contracts.SignAsync(_contracts[ContractStatus.Approved])).Code);
        Assert.Null(await previous.Receivables.GetForContractAsync(_contracts[ContractStatus.Signed]));
        Assert.Null(await previous.CustomerStatements.DocumentAsync(_customer.Id, Today().AddDays(-30), Today()));
        Assert.Null(await previous.Agenda.GetAsync(_plan));
        Assert.Null(await previous.Service.GetAsync(_request));

        // SVC-1: the request is worked by the customer service of the customer's region, now the new owner's.
        Assert.NotNull(await _database.SignIn(agent).Service.GetAsync(_request));
        if (agent != _eastAgent)
        {
            Assert.Null(await _database.SignIn(_eastAgent).Service.GetAsync(_request));
        }

        await using var db = _database.CreateContext();
        Assert.Equal(owner.Id, await db.PlannedContacts.Where(p => p.Id == _plan).Select(p => p.AssigneeId).SingleAsync());
        Assert.All(await db.Contracts.ToListAsync(), c => Assert.Equal((owner.Id, owner.RegionId), (c.OwnerId, c.RegionId)));
        Assert.All(await db.Receivables.ToListAsync(), r => Assert.Equal((owner.Id, owner.RegionId), (r.OwnerId, r.RegionId)));

        // The ledger shows the change once.
        Assert.Equal(1, await db.OwnershipLedger.CountAsync(l => l.CustomerId == _customer.Id && l.OwnerId == owner.Id));
    }

    [Fact]
    public async Task OWN6_WhileTheCustomerIsInThePool_ItsFormerOwnerNeitherReadsNorWorksItsDealsOrPlans()
    {
        var previous = _database.SignIn(_previous);
        Assert.Single((await previous.Agenda.AgendaAsync(AgendaView.ThisWeek, new PageRequest(0, 50))).Items);

        await ReleaseToPoolAsync();

        Assert.Empty((await previous.Agenda.AgendaAsync(AgendaView.ThisWeek, new PageRequest(0, 50))).Items);
        Assert.Null(await previous.Agenda.ForCustomerAsync(_customer.Id));
        Assert.Null(await previous.Opportunities.GetAsync(_opportunity));
        Assert.Equal("Opportunity.NotFound", Assert.Single(await previous.Opportunities.AdvanceAsync(_opportunity, OpportunityStage.NeedsResearch, new ContactRecord())).Code);
        Assert.Null(await previous.Contracts.PdfAsync(_contracts[ContractStatus.Signed]));
        Assert.NotNull(await _database.SignIn(_eastManager).Contracts.PdfAsync(_contracts[ContractStatus.Signed]));
    }

    private async Task<(CrmUser Owner, CrmUser Manager, CrmUser Agent)> ChangeOwnerAsync(Way way)
    {
        switch (way)
        {
            case Way.TransferInRegion:
                Assert.Empty(await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, _eastColleague.Id, "张伟 moves to key accounts"));
                return (_eastColleague, _eastManager, _eastAgent);
            case Way.TransferToAnotherRegion:
                Assert.Empty(await _database.SignIn(_director).Ownership.TransferAsync(_customer.Id, _southRep.Id, "The plant moved to Shenzhen"));
                return (_southRep, _southManager, _southAgent);
            case Way.DisputeUpheld:
                var collision = await _database.SignIn(_southRep).Customers.CreateAsync(new CustomerBuilder().Named("蘇州瑞豐新材料股份有限公司").ToForm());
                Assert.Equal(SalesCrm.Web.Features.Customers.SaveOutcome.Collision, collision.Outcome);
                await using (var db = _database.CreateContext())
                {
                    var collisionId = await db.Collisions.Select(c => c.Id).SingleAsync();
                    var opened = await _database.SignIn(_southRep).Disputes.OpenAsync(new DisputeFormModel
                    {
                        CollisionId = collisionId, EvidenceKind = EvidenceKind.Visit, ContactedOn = new DateTime(2026, 2, 10), Evidence = "Visit report of 10 Feb",
                    });
                    Assert.Empty(await _database.SignIn(_eastManager).Disputes.UpholdAsync(opened.Id!.Value, "吴芳's visit predates ours"));
                }

                return (_southRep, _southManager, _southAgent);
            default:
                await ReleaseToPoolAsync();
                Assert.Null(await _database.SignIn(_eastColleague).Pool.ClaimAsync(_customer.Id));
                return (_eastColleague, _eastManager, _eastAgent);
        }
    }

    private async Task ReleaseToPoolAsync()
    {
        _database.Pool.Enabled = true;
        _database.Time.Advance(TimeSpan.FromDays(_database.Pool.DaysWithoutContact + 2));
        Assert.Equal(1, await _database.SignIn(_director).Pool.ReleaseDueAsync());
    }

    private DateOnly Today() => _database.Calendar.Today(_database.Time);

    /// <summary>A contract of the customer taken to <paramref name="status"/> by the domain's own moves; signing opens its receivable.</summary>
    private async Task<Guid> ContractInAsync(ContractStatus status)
    {
        var now = _database.Time.GetUtcNow();
        var terms = new ContractTerms(
            [new ContractLine(Guid.NewGuid(), "CPD30", "3 吨电动叉车", "台", 90_000m, 2m, 90_000m)],
            "CNY", _database.Calendar.DayOf(now).AddDays(60), PaymentMethod.BankTransfer, _customer.Settlement, 30, null, SigningMethod.Paper, null, FreeService: false);
        var contract = Contract.Draft($"HT-F-{Interlocked.Increment(ref _numbers):D4}", _customer.Id, null, _previous.Id, _east.Id, terms, _customer.Settlement, _previous.Id, now, _database.Calendar);
        if (status is not (ContractStatus.Draft or ContractStatus.Cancelled))
        {
            contract.SubmitForReview();
        }

        if (status is not (ContractStatus.Draft or ContractStatus.InReview or ContractStatus.Cancelled))
        {
            contract.ApproveLegally(null);
        }

        if (status is ContractStatus.Signed or ContractStatus.InExecution or ContractStatus.Completed or ContractStatus.Terminated)
        {
            contract.Sign(IssuedContractPdf.HashOf("issued pdf"u8.ToArray()), now);
        }

        if (status is ContractStatus.InExecution or ContractStatus.Completed)
        {
            contract.StartExecution();
        }

        switch (status)
        {
            case ContractStatus.Completed:
                contract.Complete();
                break;
            case ContractStatus.Terminated:
                contract.Terminate("客户撤单 Order withdrawn");
                break;
            case ContractStatus.Cancelled:
                contract.Cancel("重新报价 Quote again");
                break;
        }

        await using var db = _database.CreateContext();
        db.Contracts.Add(contract);
        if (contract.SignedAt is not null)
        {
            db.IssuedContractPdfs.Add(IssuedContractPdf.Issue(contract.Id, "issued pdf"u8.ToArray(), now));
        }

        await db.SaveChangesAsync();
        return contract.Id;
    }
}
