using Microsoft.Extensions.Time.Testing;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Visits;

namespace SalesCrm.Tests.Domain.Visits;

/// <summary>VIS-1/VIS-2: a logged contact keeps its entry time beside the time it claims, and its history once it is a day old.</summary>
public sealed class ContactLogTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 12, 15, 0, 0, TimeSpan.Zero));
    private readonly Guid _customer = Guid.NewGuid();
    private readonly Guid _author = Guid.NewGuid();

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void VIS1_AContactIsLoggedWithEverythingItSays_AndTheServersEntryTime()
    {
        var record = ContactLog.Log(_customer, ContactKind.OnSiteVisit, ContactPurpose.Regular, Now.AddHours(-3), " 王经理 Manager Wang; 李工 Engineer Li ",
            "讨论明年叉车采购 Next year's forklift order", "Wants a quote", "Send quote by Friday", null, _author, Now, ContactLog.DefaultLateAfter);

        Assert.Equal((ContactKind.OnSiteVisit, Now.AddHours(-3), Now, "王经理 Manager Wang; 李工 Engineer Li", "Send quote by Friday", false),
            (record.Kind, record.OccurredAt, record.EnteredAt, record.Participants, record.NextStep, record.IsLateEntry));
    }

    [Fact]
    public void VIS2_AClaimedTimeInTheFuture_IsRefusedNextToTheTimeField()
    {
        var error = Assert.Throws<DomainValidationException>(() => Log(Now.AddMinutes(1)));

        Assert.Equal(("OccurredAt", "Visit.OccurredInFuture"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
        Assert.Equal(Now, Log(Now).OccurredAt);
    }

    [Fact]
    public void VIS2_EnteredExactly72HoursAfter_IsNotLate_OneTickMoreIsLate()
    {
        Assert.False(Log(Now - TimeSpan.FromHours(72)).IsLateEntry);
        Assert.True(Log(Now - TimeSpan.FromHours(72) - TimeSpan.FromTicks(1)).IsLateEntry);
    }

    [Fact]
    public void VIS1_WhoTookPartAndTheNotesAreRequired_TooLongTextIsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => ContactLog.Log(_customer, ContactKind.Phone, ContactPurpose.Regular, Now, " ", null,
            new string('x', ContactLog.OutcomeMaxLength + 1), null, null, _author, Now, ContactLog.DefaultLateAfter));

        Assert.Equal([("Participants", "Visit.ParticipantsRequired"), ("Notes", "Visit.NotesRequired"), ("Outcome", "Field.TooLong")], error.Errors.Select(e => (e.Field, e.Code)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(6)]
    public void VIS4_AReturnVisitNeedsAScoreOfOneToFive(int? score)
    {
        var error = Assert.Throws<DomainValidationException>(() => ContactLog.Log(_customer, ContactKind.Phone, ContactPurpose.ReturnVisit, Now, "Ms Zhou", "Monthly call",
            null, null, score, _author, Now, ContactLog.DefaultLateAfter));

        Assert.Equal(("SatisfactionScore", "Visit.ScoreInvalid"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
    }

    [Fact]
    public void VIS4_AScoreOnAnythingButAReturnVisit_IsRefused_AndALowReturnVisitScoreIsFlagged()
    {
        var error = Assert.Throws<DomainValidationException>(() => ContactLog.Log(_customer, ContactKind.Phone, ContactPurpose.Regular, Now, "Ms Zhou", "Call",
            null, null, 4, _author, Now, ContactLog.DefaultLateAfter));
        var low = ContactLog.Log(_customer, ContactKind.Phone, ContactPurpose.ReturnVisit, Now, "Ms Zhou", "Delivery late twice", null, null, 2, _author, Now, ContactLog.DefaultLateAfter);

        Assert.Equal("Visit.ScoreOnlyOnReturnVisit", Assert.Single(error.Errors).Code);
        Assert.True(low.HasLowScore);
    }

    [Fact]
    public void VIS2_AnEditWithin24Hours_ChangesInPlace_AndKeepsNoVersion()
    {
        var record = Log(Now.AddHours(-1));
        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        Edit(record, "Corrected notes", _author);

        Assert.Equal(("Corrected notes", Now), (record.Notes, record.LastEditedAt));
        Assert.Empty(record.Versions);
    }

    [Fact]
    public void VIS2_AnEditAfter24Hours_KeepsThePreviousVersion_WithWhoReplacedItAndWhen()
    {
        var record = Log(Now.AddHours(-1));
        _time.Advance(TimeSpan.FromHours(24));

        Edit(record, "Second version", _author);
        _time.Advance(TimeSpan.FromDays(2));
        Edit(record, "Third version", _author);

        Assert.Equal(["Visited the plant", "Second version"], record.Versions.Select(v => v.Notes));
        Assert.Equal((_author, Now.AddDays(-2)), (record.Versions[0].ReplacedById, record.Versions[0].ReplacedAt));
        Assert.Equal("Third version", record.Notes);
    }

    [Fact]
    public void VIS2_ASaveThatChangesNothing_KeepsNoVersion()
    {
        var record = Log(Now.AddHours(-1));
        _time.Advance(TimeSpan.FromDays(3));

        Edit(record, "Visited the plant", _author);

        Assert.Empty(record.Versions);
        Assert.Null(record.LastEditedAt);
    }

    [Fact]
    public void VIS2_OnlyTheAuthorEdits()
    {
        var record = Log(Now.AddHours(-1));

        var error = Assert.Throws<DomainException>(() => Edit(record, "Someone else's words", Guid.NewGuid()));

        Assert.Equal(("Visit.NotAuthor", "Visited the plant"), (error.Code, record.Notes));
    }

    [Fact]
    public void VIS2_AnEditCannotMoveTheClaimedTimeIntoTheFuture_OrBackWithoutBeingLate()
    {
        var record = Log(Now.AddHours(-1));

        Assert.Throws<DomainValidationException>(() => record.Edit(ContactKind.OnSiteVisit, ContactPurpose.Regular, Now.AddHours(1), "Mr Chen", "Visited the plant", null, null, null, _author, Now, ContactLog.DefaultLateAfter));
        record.Edit(ContactKind.OnSiteVisit, ContactPurpose.Regular, Now.AddDays(-4), "Mr Chen", "Visited the plant", null, null, null, _author, Now, ContactLog.DefaultLateAfter);

        Assert.True(record.IsLateEntry);
    }

    [Fact]
    public void VIS2_TheAuthorDeletesUntil24HoursAfterEntering_NotFromThenOn()
    {
        var record = Log(Now.AddHours(-5));
        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromTicks(1));

        Assert.True(record.CanDelete(_author, Now));
        record.EnsureDeletable(_author, Now);
        _time.Advance(TimeSpan.FromTicks(1));

        Assert.False(record.CanDelete(_author, Now));
        Assert.Equal("Visit.DeleteLocked", Assert.Throws<DomainException>(() => record.EnsureDeletable(_author, Now)).Code);
    }

    [Fact]
    public void VIS2_OnlyTheAuthorDeletes()
    {
        var record = Log(Now);
        var other = Guid.NewGuid();

        Assert.False(record.CanDelete(other, Now));
        Assert.Equal("Visit.NotAuthor", Assert.Throws<DomainException>(() => record.EnsureDeletable(other, Now)).Code);
    }

    private ContactLog Log(DateTimeOffset occurredAt) =>
        ContactLog.Log(_customer, ContactKind.OnSiteVisit, ContactPurpose.Regular, occurredAt, "Mr Chen", "Visited the plant", null, null, null, _author, Now, ContactLog.DefaultLateAfter);

    private void Edit(ContactLog record, string notes, Guid editor) =>
        record.Edit(record.Kind, record.Purpose, record.OccurredAt, record.Participants, notes, record.Outcome, record.NextStep, record.SatisfactionScore, editor, Now, ContactLog.DefaultLateAfter);
}
