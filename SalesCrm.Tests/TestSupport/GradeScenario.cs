using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// Issue 6's standing of a customer (TIER-1/2, CUS-3/4/5) on top of <see cref="ContractScenario"/>: the East region also
/// has an account manager, a collector and a service manager (the heads of CUS-5), and signing a contract worth
/// <c>10 × unitPrice</c> takes one call.
/// </summary>
public sealed class GradeScenario : IAsyncDisposable
{
    private bool _firstUsed;

    private GradeScenario(ContractScenario contracts) => Contracts = contracts;

    public ContractScenario Contracts { get; }
    public TestDatabase Database => Contracts.Database;
    public Customer Customer => Contracts.Customer;
    public CrmUser Rep => Contracts.Rep;
    public CrmUser Manager => Contracts.Manager;
    public CrmUser AccountManager { get; private set; } = default!;
    public CrmUser Collector { get; private set; } = default!;
    public CrmUser ServiceManager { get; private set; } = default!;
    public CrmUser Director { get; private set; } = default!;

    public static async Task<GradeScenario> CreateAsync()
    {
        var scenario = new GradeScenario(await ContractScenario.CreateAsync());
        var organisation = scenario.Contracts.Organisation;
        scenario.AccountManager = await organisation.UserAsync(CrmRole.AccountManager, scenario.Contracts.East, "刘洋");
        scenario.Collector = await organisation.UserAsync(CrmRole.Collector, scenario.Contracts.East, "周强");
        scenario.ServiceManager = await organisation.UserAsync(CrmRole.ServiceManager, scenario.Contracts.East, "赵敏");
        scenario.Director = await organisation.UserAsync(CrmRole.MarketingDirector, scenario.Contracts.East, "王建国");
        return scenario;
    }

    /// <summary>Signs a contract of ten forklifts at <paramref name="unitPrice"/> (above list, so no approval) on the app's clock now, each on an opportunity of its own.</summary>
    public async Task<Guid> SignAsync(decimal unitPrice)
    {
        var opportunity = _firstUsed ? await Contracts.NegotiatingOpportunityAsync() : Contracts.OpportunityId;
        _firstUsed = true;
        var id = await Contracts.DraftAsync(unitPrice, opportunity);
        Assert.Empty(await Contracts.RepContracts.SubmitForReviewAsync(id));
        Assert.Empty(await Contracts.LegalContracts.ApproveLegallyAsync(id, "OK"));
        Assert.Empty(await Contracts.RepContracts.SignAsync(id));
        return id;
    }

    /// <summary>CUS-3: a lost reason the director adds to the managed list.</summary>
    public async Task<Guid> LostReasonAsync(string nameEn, string nameZh)
    {
        var lost = Database.SignIn(Director).Lost;
        Assert.Empty(await lost.AddReasonAsync(nameEn, nameZh));
        return (await lost.ReasonsAsync(activeOnly: true)).Single(r => r.NameEn == nameEn).Id;
    }

    /// <summary>Another customer of the rep's, registered now.</summary>
    public Task<Customer> CustomerAsync(string name) => new CustomerBuilder().Named(name).SaveAsync(Database, Rep);

    public async Task<Customer> ReloadAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Customers.FindAsync(Customer.Id) ?? throw new InvalidOperationException("The customer is gone.");
    }

    public ValueTask DisposeAsync() => Contracts.DisposeAsync();
}
