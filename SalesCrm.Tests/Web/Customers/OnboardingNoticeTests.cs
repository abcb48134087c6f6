using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Customers;

/// <summary>CUS-5: onboarding notices raised with what causes them and acknowledged by each department's head once.</summary>
public sealed class OnboardingNoticeTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private GradeScenario _s = default!;

    public async Task InitializeAsync() => _s = await GradeScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task CUS5_RegisteringANewCustomer_RaisesANotice_AndTellsTheHeadsOfCollectionAndService()
    {
        var saved = await _s.Database.SignIn(_s.Rep).Customers.CreateAsync(new CustomerBuilder().Named("宁波港机设备有限公司").ToForm());

        var notice = Assert.Single(await NoticesAsync());
        Assert.Equal((saved.Id!.Value, OnboardingReason.NewCustomer), (notice.CustomerId, notice.Reason));
        await using var db = _s.Database.CreateContext();
        var told = await db.Notifications.Where(n => n.Kind == NotificationKind.OnboardingNoticeRaised).Select(n => n.RecipientId).ToListAsync();
        Assert.Equal(new[] { _s.Collector.Id, _s.ServiceManager.Id }.Order(), told.Order());
    }

    [Fact]
    public async Task CUS5_ConvertingALead_RaisesANewCustomerNotice()
    {
        var leads = _s.Database.SignIn(_s.Rep).Leads;
        var lead = await _s.Database.SignIn(_s.Rep).Customers.RegisterLeadAsync(new SalesCrm.Web.Features.Leads.LeadFormModel
        {
            CompanyName = "温州阀门有限公司", ContactName = "陈先生", Phone = "13800138123", Needs = "阀门 Valves",
        });
        Assert.Empty(await leads.QualifyAsync(lead.Id!.Value));

        Assert.Empty(await leads.ConvertAsync(lead.Id.Value, "首批阀门 First valves"));

        Assert.Equal(OnboardingReason.NewCustomer, Assert.Single(await NoticesAsync()).Reason);
    }

    [Fact]
    public async Task CUS5_ChangingTheSettlementMethod_RaisesANotice_OtherEditsDoNot()
    {
        var customers = _s.Database.SignIn(_s.Rep).Customers;
        var form = (await customers.GetAsync(_s.Customer.Id))!.Data;
        form.Industry = "Logistics";
        Assert.Equal(SalesCrm.Web.Features.Customers.SaveOutcome.Saved, (await customers.UpdateAsync(form)).Outcome);
        Assert.Empty(await NoticesAsync());

        form = (await customers.GetAsync(_s.Customer.Id))!.Data;
        form.Settlement = SettlementMethod.Monthly;
        Assert.Equal(SalesCrm.Web.Features.Customers.SaveOutcome.Saved, (await customers.UpdateAsync(form)).Outcome);

        var notice = Assert.Single(await NoticesAsync());
        Assert.Equal((OnboardingReason.SettlementChanged, "现结 → 月结 Cash → Monthly settlement"), (notice.Reason, notice.Detail));
    }

    [Fact]
    public async Task CUS5_ReactivatingALostCustomer_RaisesAReturningCustomerNotice()
    {
        var reason = await _s.LostReasonAsync("Price too high", "价格过高");
        var lost = _s.Database.SignIn(_s.Manager).Lost;
        Assert.Empty(await lost.MarkLostAsync(_s.Customer.Id, reason, "Over budget"));

        Assert.Empty(await lost.ReactivateAsync(_s.Customer.Id, "新预算已批 New budget approved"));

        var notice = Assert.Single(await NoticesAsync());
        Assert.Equal((OnboardingReason.ReturningCustomer, "新预算已批 New budget approved"), (notice.Reason, notice.Detail));
        Assert.Equal(CustomerStatus.Active, (await _s.ReloadAsync()).Status);
    }

    [Fact]
    public async Task CUS5_EachHeadAcknowledgesTheirDepartmentsPartOnce_AndNotTheOthers()
    {
        var id = await RaisedNoticeAsync();
        var collector = _s.Database.SignIn(_s.Collector).Onboarding;
        var service = _s.Database.SignIn(_s.ServiceManager).Onboarding;

        Assert.Empty(await collector.AcknowledgeAsync(id, Department.Collection));
        Assert.Equal("Onboarding.AlreadyAcknowledged", Assert.Single(await collector.AcknowledgeAsync(id, Department.Collection)).Code);
        await Assert.ThrowsAsync<AccessDeniedException>(() => collector.AcknowledgeAsync(id, Department.Service));
        Assert.True(Assert.Single((await service.ListAsync(FirstPage)).Items).IsOpen);

        Assert.Empty(await service.AcknowledgeAsync(id, Department.Service));

        var row = Assert.Single((await service.ListAsync(FirstPage)).Items);
        Assert.Equal((false, "周强", "赵敏"), (row.IsOpen, row.CollectionBy, row.ServiceBy));
    }

    [Fact]
    public async Task CUS5_ARep_CannotAcknowledge()
    {
        var id = await RaisedNoticeAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Rep).Onboarding.AcknowledgeAsync(id, Department.Collection));
    }

    [Fact]
    public async Task CUS5_UnacknowledgedNotices_ComeFirst()
    {
        var first = await RaisedNoticeAsync();
        Assert.Empty(await _s.Database.SignIn(_s.Director).Onboarding.AcknowledgeAsync(first, Department.Collection));
        Assert.Empty(await _s.Database.SignIn(_s.Director).Onboarding.AcknowledgeAsync(first, Department.Service));
        _s.Database.Time.Advance(TimeSpan.FromDays(1));
        var second = await RaisedNoticeAsync("台州模具有限公司");
        _s.Database.Time.Advance(TimeSpan.FromDays(1));

        var rows = (await _s.Database.SignIn(_s.Manager).Onboarding.ListAsync(FirstPage)).Items;

        Assert.Equal([second, first], rows.Select(r => r.Id));
        Assert.Equal([true, false], rows.Select(r => r.IsOpen));
    }

    private async Task<Guid> RaisedNoticeAsync(string name = "宁波港机设备有限公司")
    {
        Assert.NotNull((await _s.Database.SignIn(_s.Rep).Customers.CreateAsync(new CustomerBuilder().Named(name).ToForm())).Id);
        await using var db = _s.Database.CreateContext();
        return await db.OnboardingNotices.OrderByDescending(n => n.RaisedAt).Select(n => n.Id).FirstAsync();
    }

    private async Task<List<OnboardingNotice>> NoticesAsync()
    {
        await using var db = _s.Database.CreateContext();
        return await db.OnboardingNotices.ToListAsync();
    }
}
