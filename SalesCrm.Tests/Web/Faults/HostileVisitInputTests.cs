using Microsoft.EntityFrameworkCore;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / VIS-1, VIS-2, VIS-3: hostile text in the contact log and the follow-up plan comes back on each field;
// nothing is logged or planned, and a correction that is refused leaves the record (and its history) as it was.
public sealed class HostileVisitInputTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private VisitScenario _s = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await VisitScenario.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task VIS1_HostileParticipantsNotesOutcomeOrNextStep_IsRefusedOnEachField_AndNothingIsLogged(string hostile, string code)
    {
        var text = HostileInput.Text(hostile);
        var form = _s.Form();
        (form.Participants, form.Notes, form.Outcome, form.NextStep) = (text, text, text, text);

        var result = await _database.SignIn(_s.Rep).Visits.LogAsync(form);

        Assert.False(result.Saved);
        Assert.Equal(["Participants", "Notes", "Outcome", "NextStep"], result.Errors.Where(e => e.Code == code).Select(e => e.Field));
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.ContactLogs.CountAsync());
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task VIS2_AHostileCorrectionAfterTheEditWindow_IsRefusedOnItsField_AndKeepsNoVersion(string hostile, string code)
    {
        var id = await _s.LoggedAsync(_s.Rep);
        _database.Time.Advance(TimeSpan.FromHours(30));
        var form = _s.Form();
        form.Notes = HostileInput.Text(hostile);

        var errors = await _database.SignIn(_s.Rep).Visits.EditAsync(id, form);

        Assert.Equal(("Notes", code), (Assert.Single(errors).Field, errors[0].Code));
        await using var db = _database.CreateContext();
        var stored = await db.ContactLogs.SingleAsync();
        Assert.Equal((_s.Form().Notes, 0, (DateTimeOffset?)null), (stored.Notes, stored.Versions.Count, stored.LastEditedAt));
    }

    [Fact]
    public async Task VIS1_MarkupInTheNotes_IsLoggedExactlyAsTyped()
    {
        var form = _s.Form();
        form.Notes = $"第一行\r\n{HostileInput.Script}\t😀";

        var id = await _s.LoggedAsync(_s.Rep, form);

        Assert.Equal(form.Notes, (await _database.SignIn(_s.Rep).Visits.GetAsync(id))!.Current.Notes);
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task VIS3_AHostilePurposeOfAPlannedContact_IsRefusedOnItsField_AndNothingIsPlanned(string hostile, string code)
    {
        var result = await _database.SignIn(_s.Rep).Agenda.PlanAsync(new SalesCrm.Web.Features.Visits.PlanForm
        {
            CustomerId = _s.Customer.Id, DueOn = _s.Today.AddDays(2), PurposeText = HostileInput.Text(hostile),
        });

        Assert.Equal(("PurposeText", code), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.PlannedContacts.CountAsync());
    }

    [Fact]
    public async Task VIS3_MarkupInThePurpose_IsPlannedExactlyAsTyped()
    {
        var id = await _s.PlannedAsync(_s.Rep, dueInDays: 1, text: HostileInput.Script);

        Assert.Equal(HostileInput.Script, (await _database.SignIn(_s.Rep).Agenda.GetAsync(id))!.PurposeText);
    }
}
