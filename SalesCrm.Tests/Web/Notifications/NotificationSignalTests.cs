using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Notifications;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Notifications;

namespace SalesCrm.Tests.Web.Notifications;

// An open page's bell updates the moment a notification for its user is committed — whoever added it, a service or a
// consequence handled in the same save — and never for a save that failed.
public sealed class NotificationSignalTests : IAsyncLifetime
{
    private readonly List<Guid> _signalled = [];
    private GradeScenario _s = null!;
    private NotificationSignal _signal = null!;

    public async Task InitializeAsync()
    {
        _s = await GradeScenario.CreateAsync();
        _signal = _s.Database.SignIn(_s.Manager).Signal;
        _signal.Changed += _signalled.Add;
    }

    public async Task DisposeAsync()
    {
        _signal.Changed -= _signalled.Add;
        await _s.DisposeAsync();
    }

    [Fact]
    public async Task TIER2_ANotificationAHandlerAdds_WhenASigningMakesTheCustomerA_SignalsTheManagersBell()
    {
        await _s.SignAsync(unitPrice: 600_000m);

        await using var db = _s.Database.CreateContext();
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientId == _s.Manager.Id && n.Kind == NotificationKind.AccountManagerNeeded));
        Assert.Contains(_s.Manager.Id, _signalled);
    }

    [Fact]
    public async Task ASaveThatFails_SignalsNobody()
    {
        await using var db = _s.Database.CreateContext();
        db.Notifications.Add(Notification.For(_s.Manager.Id, NotificationKind.LeadQualified, "Globex", null, "/leads", TestDatabase.Start));
        db.Notifications.Add(Notification.For(Guid.NewGuid(), NotificationKind.LeadQualified, "Globex", null, "/leads", TestDatabase.Start));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Empty(_signalled);
    }
}
