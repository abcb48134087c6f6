using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Leads;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Leads;

/// <summary>LEAD-1/LEAD-2: leads are registered at once, claim the company like a customer, and convert into one customer with its first opportunity.</summary>
public sealed class LeadTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private CrmUser _manager = default!;
    private CrmUser _rep = default!;
    private CrmUser _otherRep = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _manager = await _organisation.AppointedManagerAsync(_east, "王经理");
        _rep = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _otherRep = await _organisation.UserAsync(CrmRole.SalesRep, _east, "李娜");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static LeadFormModel Lead(string company = "华为技术有限公司", string? phone = "138 0013 8000", string? email = null) => new()
    {
        CompanyName = company, ContactName = "刘洋", ContactTitle = "采购经理", Phone = phone, Email = email,
        Needs = "200 台服务器，三季度交付", Industry = "通信设备", Source = SourceChannel.Exhibition,
    };

    [Fact]
    public async Task LEAD1_RegisteredLead_IsInMyLeadsAsNew_WithTheServerClockAsFirstContact_AndNotAmongCustomers()
    {
        var session = _database.SignIn(_rep);

        var result = await session.Customers.RegisterLeadAsync(Lead());

        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        var row = Assert.Single((await session.Leads.ListAsync(new PageRequest(0, 10))).Items);
        Assert.Equal(("华为技术有限公司", "刘洋", LeadStatus.New, "张伟", TestDatabase.Start), (row.CompanyName, row.ContactName, row.Status, row.Owner, row.RegisteredAt));
        Assert.Equal(0, (await session.Customers.ListAsync(new PageRequest(0, 10))).Total);
        var view = await session.Leads.GetAsync(row.Id);
        Assert.Equal(("138 0013 8000", "200 台服务器，三季度交付"), (view!.Contact!.Phone, view.Needs));
    }

    [Fact]
    public async Task LEAD1_InvalidLead_IsRefusedFieldByField_AndNothingIsSaved()
    {
        var session = _database.SignIn(_rep);

        var result = await session.Customers.RegisterLeadAsync(new LeadFormModel { CompanyName = " ", ContactName = "", Email = "not-an-address" });

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        Assert.Equal(["CompanyName", "ContactName", "Email"], result.Errors!.Select(e => e.Field).Order(StringComparer.Ordinal));
        var unreachable = await session.Customers.RegisterLeadAsync(Lead(phone: null));
        Assert.Equal(("Phone", "Lead.ReachableRequired"), (Assert.Single(unreachable.Errors!).Field, unreachable.Errors![0].Code));
        await using var db = _database.CreateContext();
        Assert.False(await db.Customers.AnyAsync());
    }

    [Theory]
    [InlineData("華為技術有限公司", null, null)]
    [InlineData("Some Other Name", "+86 138-0013-8000", null)]
    public async Task OWN1_ALeadClaimsTheCompany_AnotherRepsCustomerOrLeadIsACollision(string name, string? phone, string? email)
    {
        await _database.SignIn(_rep).Customers.RegisterLeadAsync(Lead());
        var other = _database.SignIn(_otherRep);

        var asLead = await other.Customers.RegisterLeadAsync(Lead(name, phone ?? "021 5555 0101", email));
        var asCustomer = await other.Customers.CreateAsync(new CustomerBuilder().Named(name).WithContact("王芳", phone, email).ToForm());

        Assert.Equal((SaveOutcome.Collision, SaveOutcome.Collision), (asLead.Outcome, asCustomer.Outcome));
        Assert.Equal("张伟", asLead.Matches![0].Owner);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Customers.CountAsync());
        Assert.Equal(2, await db.Collisions.CountAsync());
    }

    [Fact]
    public async Task LEAD2_Qualifying_NotifiesTheRepsManager()
    {
        var session = _database.SignIn(_rep);
        var id = (await session.Customers.RegisterLeadAsync(Lead())).Id!.Value;

        Assert.Empty(await session.Leads.MarkContactedAsync(id));
        Assert.Empty(await session.Leads.QualifyAsync(id));

        var note = Assert.Single((await _database.SignIn(_manager).Notifications.ListAsync(new PageRequest(0, 10))).Items);
        Assert.Equal((NotificationKind.LeadQualified, "华为技术有限公司", "张伟", $"/leads/{id}"), (note.Kind, note.Subject, note.Detail, note.Link));
        Assert.Equal(LeadStatus.Qualified, (await session.Leads.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task LEAD2_ConvertingAQualifiedLead_MakesTheSameRecordACustomer_WithItsFirstOpportunity()
    {
        var session = _database.SignIn(_rep);
        var id = (await session.Customers.RegisterLeadAsync(Lead())).Id!.Value;
        await session.Leads.QualifyAsync(id);
        _database.Time.Advance(TimeSpan.FromDays(5));

        var errors = await session.Leads.ConvertAsync(id, "200 台服务器");

        Assert.Empty(errors);
        var customer = Assert.Single((await session.Customers.ListAsync(new PageRequest(0, 10))).Items);
        Assert.Equal((id, TestDatabase.Start), (customer.Id, customer.FirstContactAt));
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Customers.CountAsync());
        var opportunity = await db.Opportunities.SingleAsync();
        Assert.Equal((id, _rep.Id, OpportunityStage.InitialContact, "200 台服务器"), (opportunity.CustomerId, opportunity.OwnerId, opportunity.Stage, opportunity.Title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    public async Task LEAD2_ConvertingALeadThatIsNotQualified_OrWithoutAnOpportunityTitle_IsRefused(string title)
    {
        var session = _database.SignIn(_rep);
        var id = (await session.Customers.RegisterLeadAsync(Lead())).Id!.Value;
        if (title.Length > 0)
        {
            Assert.Equal("Lead.CannotBecomeConverted", Assert.Single(await session.Leads.ConvertAsync(id, title)).Code);
            return;
        }

        await session.Leads.QualifyAsync(id);
        Assert.Equal("Opportunity.TitleRequired", Assert.Single(await session.Leads.ConvertAsync(id, title)).Code);
        await using var db = _database.CreateContext();
        Assert.Equal(LeadStatus.Qualified, (await db.Customers.SingleAsync()).Lead);
        Assert.False(await db.Opportunities.AnyAsync());
    }

    [Fact]
    public async Task Disqualifying_NeedsAReason_AndKeepsIt()
    {
        var session = _database.SignIn(_rep);
        var id = (await session.Customers.RegisterLeadAsync(Lead())).Id!.Value;

        Assert.Equal("Lead.ReasonRequired", Assert.Single(await session.Leads.DisqualifyAsync(id, "  ")).Code);
        Assert.Empty(await session.Leads.DisqualifyAsync(id, "Budget frozen until 2028"));

        var view = await session.Leads.GetAsync(id);
        Assert.Equal((LeadStatus.Disqualified, "Budget frozen until 2028"), (view!.Status, view.DisqualifiedReason));
        Assert.Equal("Lead.CannotBecomeQualified", Assert.Single(await session.Leads.QualifyAsync(id)).Code);
    }

    [Fact]
    public async Task SEC1_AnotherRep_NeitherSeesNorWorksTheLead_ServiceStaffReadButCannotWorkIt()
    {
        var id = (await _database.SignIn(_rep).Customers.RegisterLeadAsync(Lead())).Id!.Value;
        var other = _database.SignIn(_otherRep);
        var service = _database.SignIn(await _organisation.UserAsync(CrmRole.ServiceAgent, _east));

        Assert.Null(await other.Leads.GetAsync(id));
        Assert.Equal(0, (await other.Leads.ListAsync(new PageRequest(0, 10))).Total);
        Assert.Equal("Lead.NotFound", Assert.Single(await other.Leads.QualifyAsync(id)).Code);
        Assert.False((await service.Leads.GetAsync(id))!.CanWork);
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.Leads.QualifyAsync(id));
        Assert.Equal(LeadStatus.New, (await _database.SignIn(_manager).Leads.GetAsync(id))!.Status);
    }
}
