using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Complaints;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// Customer service of the East region on a real database: an agent (王芳), the service manager (陈静), an investigator
/// (赵磊), the marketing director, the owning rep and account manager of 杭州物流有限公司, and a West agent.
/// </summary>
public sealed class ServiceScenario
{
    private ServiceScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public Region East { get; private set; } = default!;
    public CrmUser Agent { get; private set; } = default!;
    public CrmUser ServiceManager { get; private set; } = default!;
    public CrmUser Investigator { get; private set; } = default!;
    public CrmUser Director { get; private set; } = default!;
    public CrmUser Rep { get; private set; } = default!;
    public CrmUser AccountManager { get; private set; } = default!;
    public CrmUser WestAgent { get; private set; } = default!;
    public CrmUser WestRep { get; private set; } = default!;
    public Customer Customer { get; private set; } = default!;

    public UserSession AgentSession => Database.SignIn(Agent);

    public static async Task<ServiceScenario> CreateAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var scenario = new ServiceScenario(database);
        var organisation = new OrganisationBuilder(database);
        scenario.East = await organisation.RegionAsync("East");
        var west = await organisation.RegionAsync("West");
        scenario.Agent = await organisation.UserAsync(CrmRole.ServiceAgent, scenario.East, "王芳");
        scenario.ServiceManager = await organisation.UserAsync(CrmRole.ServiceManager, scenario.East, "陈静");
        scenario.Investigator = await organisation.UserAsync(CrmRole.ServiceAgent, scenario.East, "赵磊");
        scenario.Director = await organisation.UserAsync(CrmRole.MarketingDirector, scenario.East, "孙总");
        scenario.Rep = await organisation.UserAsync(CrmRole.SalesRep, scenario.East, "张伟");
        scenario.AccountManager = await organisation.UserAsync(CrmRole.AccountManager, scenario.East, "刘洋");
        scenario.WestAgent = await organisation.UserAsync(CrmRole.ServiceAgent, west, "West Agent");
        scenario.WestRep = await organisation.UserAsync(CrmRole.SalesRep, west, "West Rep");
        scenario.Customer = await new CustomerBuilder().Named("杭州物流有限公司").ManagedBy(scenario.AccountManager).SaveAsync(database, scenario.Rep);
        return scenario;
    }

    public ServiceRequestForm ComplaintForm() => new()
    {
        Kind = ServiceRequestKind.Complaint,
        Category = ServiceCategory.ProductQuality,
        Customer = new CustomerChoice(Customer.Id, Customer.Name, East.Name),
        Complainant = "王经理",
        ContactDetails = "0571-8888 1234",
        Channel = "Phone",
        Matter = "三台叉车电池续航不足 Three forklifts lose charge within two hours",
        Severity = Severity.High,
    };

    public async Task<Guid> LoggedComplaintAsync()
    {
        var result = await AgentSession.Service.LogAsync(ComplaintForm());
        return result.Id ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>Logged, assigned to the investigator, root cause recorded and a solution proposed for a week from now.</summary>
    public async Task<Guid> ProposedComplaintAsync()
    {
        var id = await LoggedComplaintAsync();
        Ensure(await Database.SignIn(ServiceManager).Service.AssignInvestigatorAsync(id, Investigator.Id));
        var investigator = Database.SignIn(Investigator).Service;
        Ensure(await investigator.RecordRootCauseAsync(id, "电池批次不良 A faulty battery batch"));
        Ensure(await investigator.ProposeSolutionAsync(id, "售后服务部 After-sales", "更换电池 Replace the batteries", Today.AddDays(7)));
        return id;
    }

    public async Task<Guid> BeingResolvedComplaintAsync()
    {
        var id = await ProposedComplaintAsync();
        Ensure(await Database.SignIn(Director).Service.ApproveSolutionAsync(id));
        return id;
    }

    public DateOnly Today => Database.Calendar.Today(Database.Time);

    public static void Ensure(IReadOnlyList<SalesCrm.Domain.Common.ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}")));
        }
    }
}
