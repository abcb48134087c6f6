using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// Visits of the East region on a real database: its appointed sales manager, the rep (张伟) who owns 杭州物流有限公司,
/// its account manager (刘洋), another East rep, the director, and a West rep and manager.
/// </summary>
public sealed class VisitScenario
{
    private VisitScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public Region East { get; private set; } = default!;
    public Region West { get; private set; } = default!;
    public CrmUser Manager { get; private set; } = default!;
    public CrmUser Rep { get; private set; } = default!;
    public CrmUser AccountManager { get; private set; } = default!;
    public CrmUser OtherRep { get; private set; } = default!;
    public CrmUser Director { get; private set; } = default!;
    public CrmUser WestRep { get; private set; } = default!;
    public CrmUser WestManager { get; private set; } = default!;
    public Customer Customer { get; private set; } = default!;

    public DateTimeOffset Now => Database.Time.GetUtcNow();

    public DateOnly Today => Database.Calendar.DayOf(Now);

    public static async Task<VisitScenario> CreateAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var s = new VisitScenario(database);
        var organisation = new OrganisationBuilder(database);
        s.East = await organisation.RegionAsync("East");
        s.West = await organisation.RegionAsync("West");
        s.Manager = await organisation.AppointedManagerAsync(s.East, "李娜");
        s.Rep = await organisation.UserAsync(CrmRole.SalesRep, s.East, "张伟");
        s.AccountManager = await organisation.UserAsync(CrmRole.AccountManager, s.East, "刘洋");
        s.OtherRep = await organisation.UserAsync(CrmRole.SalesRep, s.East, "王强");
        s.Director = await organisation.UserAsync(CrmRole.MarketingDirector, s.East, "孙总");
        s.WestRep = await organisation.UserAsync(CrmRole.SalesRep, s.West, "West Rep");
        s.WestManager = await organisation.AppointedManagerAsync(s.West, "West Manager");
        s.Customer = await new CustomerBuilder().Named("杭州物流有限公司").ManagedBy(s.AccountManager).SaveAsync(database, s.Rep);
        return s;
    }

    /// <summary>A contact form that the domain accepts, claimed <paramref name="ago"/> before now (default an hour).</summary>
    public VisitForm Form(ContactKind kind = ContactKind.OnSiteVisit, TimeSpan? ago = null, Guid? customerId = null) => new()
    {
        CustomerId = customerId ?? Customer.Id,
        Kind = kind,
        Purpose = ContactPurpose.Regular,
        OccurredAt = Now - (ago ?? TimeSpan.FromHours(1)),
        Participants = "王经理 Manager Wang",
        Notes = "讨论叉车维保 Discussed forklift maintenance",
    };

    public async Task<Guid> LoggedAsync(CrmUser author, VisitForm? form = null)
    {
        var result = await Database.SignIn(author).Visits.LogAsync(form ?? Form());
        return result.Id ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    public async Task<Guid> PlannedAsync(CrmUser user, int dueInDays, Priority priority = Priority.Normal, ContactPurpose purpose = ContactPurpose.Regular, string text = "跟进报价 Follow up the quote")
    {
        var result = await Database.SignIn(user).Agenda.PlanAsync(new PlanForm
        {
            CustomerId = Customer.Id, DueOn = Today.AddDays(dueInDays), Priority = priority, Purpose = purpose, PurposeText = text,
        });
        return result.Id ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>TIER-1: a manager grades the customer A for its size, so TIER-3 applies to it.</summary>
    public async Task<Customer> GradedAAsync(Customer? customer = null)
    {
        await using var db = Database.CreateContext();
        var tracked = await db.Customers.FindAsync((customer ?? Customer).Id);
        tracked!.OverrideTier(Tier.A, "集团客户 A group company", Manager.Id, Now);
        await db.SaveChangesAsync();
        return tracked;
    }
}
