using SalesCrm.Tests.TestSupport;
using SalesCrm.Domain.Visits;

namespace SalesCrm.Tests.Domain.Visits;

/// <summary>VIS-3: the agenda shows overdue contacts first (oldest first), then by due date, then by priority.</summary>
public sealed class AgendaTests
{
    private static readonly DateOnly Thursday = new(2026, 11, 12);
    private static readonly DateTimeOffset PlannedAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void VIS3_OverdueComesFirstOldestFirst_ThenByDueDate_ThenByPriority()
    {
        PlannedContact[] planned =
        [
            Planned("today low", Thursday, Priority.Low),
            Planned("tomorrow high", Thursday.AddDays(1), Priority.High),
            Planned("today high", Thursday, Priority.High),
            Planned("overdue 2 days low", Thursday.AddDays(-2), Priority.Low),
            Planned("overdue 5 days normal", Thursday.AddDays(-5), Priority.Normal),
        ];

        Assert.Equal(["overdue 5 days normal", "overdue 2 days low", "today high", "today low", "tomorrow high"], Agenda.Order(planned, Thursday).Select(p => p.PurposeText));
    }

    [Fact]
    public void VIS3_DoneAndCancelledContacts_LeaveTheAgenda()
    {
        var done = Planned("done", Thursday, Priority.High);
        var cancelled = Planned("cancelled", Thursday, Priority.High);
        done.Complete(ContactLog.Log(done.CustomerId, ContactKind.Phone, ContactPurpose.Regular, PlannedAt, "Mr Chen", "Called", null, null, null, Guid.NewGuid(), PlannedAt, ContactLog.DefaultLateAfter), PlannedAt);
        cancelled.Cancel(PlannedAt);

        Assert.Equal(["open"], Agenda.Order([done, cancelled, Planned("open", Thursday, Priority.Low)], Thursday).Select(p => p.PurposeText));
    }

    [Fact]
    public void VIS3_TodaysAgenda_IsDueTodayAndOverdue()
    {
        PlannedContact[] planned = [Planned("tomorrow", Thursday.AddDays(1), Priority.High), Planned("today", Thursday, Priority.Low), Planned("overdue", Thursday.AddDays(-1), Priority.Low)];

        Assert.Equal(["overdue", "today"], Agenda.Today(planned, Thursday).Select(p => p.PurposeText));
    }

    [Fact]
    public void VIS3_ThisWeeksAgenda_RunsToSunday_WithOverdueFromLastWeek()
    {
        PlannedContact[] planned =
        [
            Planned("sunday", new DateOnly(2026, 11, 15), Priority.Normal),
            Planned("next monday", new DateOnly(2026, 11, 16), Priority.High),
            Planned("last friday", new DateOnly(2026, 11, 6), Priority.Normal),
        ];

        Assert.Equal(["last friday", "sunday"], Agenda.ThisWeek(planned, Thursday).Select(p => p.PurposeText));
    }

    [Theory]
    [InlineData(2026, 11, 9)]
    [InlineData(2026, 11, 12)]
    [InlineData(2026, 11, 15)]
    public void VIS3_AWeekRunsMondayToSunday(int year, int month, int day)
    {
        Assert.Equal((new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15)), Agenda.WeekOf(new DateOnly(year, month, day)));
    }

    private static PlannedContact Planned(string purpose, DateOnly dueOn, Priority priority)
    {
        var rep = Guid.NewGuid();
        return PlannedContact.Plan(Guid.NewGuid(), rep, dueOn, priority, purpose, ContactPurpose.Regular, rep, PlannedAt, Company.Calendar);
    }
}
