using Microsoft.EntityFrameworkCore;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / SVC-1: hostile text in the new service request form comes back on each field; nothing is logged.
public sealed class HostileServiceRequestInputTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ServiceScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await ServiceScenario.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task SVC1_HostileComplainantContactChannelOrMatter_IsRefusedOnEachField_AndNothingIsLogged(string hostile, string code)
    {
        var text = HostileInput.Text(hostile);
        var form = _s.ComplaintForm();
        (form.Complainant, form.ContactDetails, form.Channel, form.Matter) = (text, text, text, text);

        var result = await _s.AgentSession.Service.LogAsync(form);

        Assert.Equal(["Complainant", "Matter", "ContactDetails", "Channel"], result.Errors.Where(e => e.Code == code).Select(e => e.Field));
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.ServiceRequests.CountAsync());
    }

    [Fact]
    public async Task SVC1_MarkupInTheMatter_IsLoggedExactlyAsTyped()
    {
        var form = _s.ComplaintForm();
        form.Matter = HostileInput.Script;

        var result = await _s.AgentSession.Service.LogAsync(form);

        Assert.Equal(HostileInput.Script, (await _s.AgentSession.Service.GetAsync(result.Id!.Value))!.Request.Matter);
    }
}
