using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Contracts;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// A region with a rep, its sales manager and a lawyer; the rep's customer, a catalogue product (list price 128,000) and
/// an opportunity in negotiation — what every contract test starts from (CON-1..4).
/// </summary>
public sealed class ContractScenario : IAsyncDisposable
{
    private ContractScenario(TestDatabase database, OrganisationBuilder organisation)
    {
        Database = database;
        Organisation = organisation;
    }

    public TestDatabase Database { get; }
    public OrganisationBuilder Organisation { get; }
    public Region East { get; private set; } = default!;
    public CrmUser Rep { get; private set; } = default!;
    public CrmUser Manager { get; private set; } = default!;
    public CrmUser Legal { get; private set; } = default!;
    public Customer Customer { get; private set; } = default!;
    public Product Forklift { get; private set; } = default!;
    public Guid OpportunityId { get; private set; }

    public ContractService RepContracts => Database.SignIn(Rep).Contracts;
    public ContractService ManagerContracts => Database.SignIn(Manager).Contracts;
    public ContractService LegalContracts => Database.SignIn(Legal).Contracts;

    /// <param name="customer">The customer to start from (e.g. one with a contact); it is named 杭州物流有限公司 either way.</param>
    /// <param name="interceptors">Watch or disturb the database's saves and commands (e.g. <see cref="CommandFault"/>).</param>
    public static async Task<ContractScenario> CreateAsync(CustomerBuilder? customer = null, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        await CreateInAsync(await TestDatabase.InMemoryAsync(interceptors), customer);

    /// <summary>The same in a temporary file, which a whole running app (<see cref="CrmAppFactory"/>) can open as its database.</summary>
    public static async Task<ContractScenario> OnDiskAsync() => await CreateInAsync(await TestDatabase.OnDiskAsync(), customer: null);

    private static async Task<ContractScenario> CreateInAsync(TestDatabase database, CustomerBuilder? customer)
    {
        var scenario = new ContractScenario(database, new OrganisationBuilder(database));
        var organisation = scenario.Organisation;
        scenario.East = await organisation.RegionAsync("East");
        scenario.Rep = await organisation.UserAsync(CrmRole.SalesRep, scenario.East, "张伟");
        scenario.Manager = await organisation.AppointedManagerAsync(scenario.East, "李娜");
        scenario.Legal = await organisation.UserAsync(CrmRole.Legal, scenario.East, "王律师");
        scenario.Customer = await (customer ?? new CustomerBuilder()).Named("杭州物流有限公司").SaveAsync(database, scenario.Rep);
        scenario.Forklift = await new ProductBuilder().SaveAsync(database);
        scenario.OpportunityId = await scenario.NegotiatingOpportunityAsync();
        return scenario;
    }

    /// <summary>Ten forklifts at <paramref name="unitPrice"/>, delivered in 30 days, 30 days' terms, the customer's own settlement.</summary>
    public ContractForm Form(decimal unitPrice)
    {
        var form = new ContractForm
        {
            DeliveryDate = Database.Calendar.Today(Database.Time).AddDays(30).ToDateTime(TimeOnly.MinValue), PaymentMethod = PaymentMethod.BankTransfer, Settlement = Customer.Settlement,
            PaymentTermsDays = 30, SigningMethod = SigningMethod.Paper, ServiceCommitments = "两年保修 Two-year warranty",
        };
        form.Lines.Add(new ContractLineForm { ProductId = Forklift.Id, Quantity = 10, UnitPrice = unitPrice });
        return form;
    }

    public async Task<Guid> DraftAsync(decimal unitPrice, Guid? opportunityId = null)
    {
        var result = await RepContracts.DraftAsync(opportunityId ?? OpportunityId, Form(unitPrice));
        Assert.Empty(result.Errors);
        return result.Id!.Value;
    }

    /// <summary>A draft at list price, submitted and approved by legal: ready to sign.</summary>
    public async Task<Guid> ApprovedContractAsync(Guid? opportunityId = null)
    {
        var id = await DraftAsync(unitPrice: 128_000m, opportunityId);
        Assert.Empty(await RepContracts.SubmitForReviewAsync(id));
        Assert.Empty(await LegalContracts.ApproveLegallyAsync(id, "OK"));
        return id;
    }

    public async Task<Guid> SignedContractAsync(Guid? opportunityId = null)
    {
        var id = await ApprovedContractAsync(opportunityId);
        Assert.Empty(await RepContracts.SignAsync(id));
        return id;
    }

    /// <summary>Another opportunity of the rep's customer, taken to negotiation stage by stage.</summary>
    public async Task<Guid> NegotiatingOpportunityAsync()
    {
        var opportunities = Database.SignIn(Rep).Opportunities;
        var opened = await opportunities.OpenAsync(Customer.Id, "10 台叉车 Forklifts", 1_280_000m);
        var id = opened.Id!.Value;
        Assert.Empty(await opportunities.AdvanceAsync(id, OpportunityStage.NeedsResearch, new ContactRecord()));
        Assert.Empty(await opportunities.AdvanceAsync(id, OpportunityStage.Solution, new NeedsRecord(
            opportunities.Settings.Questions.Take(5).Select(q => new NeedsAnswer(q, "已确认 Confirmed")).ToList())));
        Assert.Empty(await opportunities.AdvanceAsync(id, OpportunityStage.Negotiation, new SolutionRecord("10 台 3 吨叉车", 1_280_000m, "CNY", "两年保修")));
        return id;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
