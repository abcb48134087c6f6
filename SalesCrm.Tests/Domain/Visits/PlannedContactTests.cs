using SalesCrm.Tests.TestSupport;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Visits;

namespace SalesCrm.Tests.Domain.Visits;

/// <summary>VIS-3: a planned contact is done by logging the contact; VIS-5: a visit the customer asked for cannot be cancelled.</summary>
public sealed class PlannedContactTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 12, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 12);
    private readonly Guid _customer = Guid.NewGuid();
    private readonly Guid _rep = Guid.NewGuid();

    [Fact]
    public void VIS3_ADueDateInThePast_IsRefused_TodayIsFine()
    {
        var error = Assert.Throws<DomainValidationException>(() => Plan(Today.AddDays(-1), ContactPurpose.Regular));

        Assert.Equal(("DueOn", "Plan.DueInPast"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
        Assert.Equal((Today, PlannedContactStatus.Open), (Plan(Today, ContactPurpose.Regular).DueOn, Plan(Today, ContactPurpose.Regular).Status));
    }

    [Fact]
    public void VIS3_APlanSaysWhatItIsFor()
    {
        var error = Assert.Throws<DomainValidationException>(() => PlannedContact.Plan(_customer, _rep, Today, Priority.High, "  ", ContactPurpose.Regular, _rep, Now, Company.Calendar));

        Assert.Equal(("PurposeText", "Plan.PurposeTextRequired"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
    }

    [Fact]
    public void VIS3_LoggingTheContact_CompletesThePlan()
    {
        var plan = Plan(Today.AddDays(2), ContactPurpose.Regular);
        var call = LogContact(_customer, ContactKind.Phone);

        plan.Complete(call, Now.AddHours(1));

        Assert.Equal((PlannedContactStatus.Done, call.Id, Now.AddHours(1)), (plan.Status, plan.ContactLogId, plan.CompletedAt));
        Assert.Equal("Plan.NotOpen", Assert.Throws<DomainException>(() => plan.Cancel(Now)).Code);
    }

    [Fact]
    public void VIS3_AContactWithAnotherCustomer_DoesNotCompleteThePlan()
    {
        var plan = Plan(Today, ContactPurpose.Regular);

        var error = Assert.Throws<DomainException>(() => plan.Complete(LogContact(Guid.NewGuid(), ContactKind.Phone), Now));

        Assert.Equal(("Plan.OtherCustomer", PlannedContactStatus.Open), (error.Code, plan.Status));
    }

    [Fact]
    public void VIS3_ARegularPlanCanBeCancelled()
    {
        var plan = Plan(Today, ContactPurpose.Regular);

        plan.Cancel(Now);

        Assert.Equal((PlannedContactStatus.Cancelled, Now), (plan.Status, plan.CancelledAt));
    }

    [Fact]
    public void VIS5_ARequestedVisitCannotBeCancelled_ItStaysOpenUntilDone()
    {
        var requested = Plan(Today.AddDays(1), ContactPurpose.RequestedVisit);

        var error = Assert.Throws<DomainException>(() => requested.Cancel(Now));

        Assert.Equal(("Plan.RequestedVisitCannotBeCancelled", PlannedContactStatus.Open), (error.Code, requested.Status));
    }

    [Fact]
    public void VIS5_ARequestedVisitIsDoneByAnOnSiteVisit_NotByACall()
    {
        var requested = Plan(Today.AddDays(1), ContactPurpose.RequestedVisit);

        Assert.Equal("Plan.RequestedVisitNeedsVisit", Assert.Throws<DomainException>(() => requested.Complete(LogContact(_customer, ContactKind.Phone), Now)).Code);
        requested.Complete(LogContact(_customer, ContactKind.OnSiteVisit), Now);

        Assert.Equal(PlannedContactStatus.Done, requested.Status);
    }

    [Fact]
    public void VIS5_ARequestedVisitCanBeMoved_ButNotIntoThePast()
    {
        var requested = Plan(Today.AddDays(1), ContactPurpose.RequestedVisit);

        Assert.Throws<DomainValidationException>(() => requested.Reschedule(Today.AddDays(-1), Now, Company.Calendar));
        requested.Reschedule(Today.AddDays(5), Now, Company.Calendar);

        Assert.Equal(Today.AddDays(5), requested.DueOn);
    }

    private PlannedContact Plan(DateOnly dueOn, ContactPurpose purpose) =>
        PlannedContact.Plan(_customer, _rep, dueOn, Priority.Normal, "Discuss the 2027 framework contract", purpose, _rep, Now, Company.Calendar);

    private ContactLog LogContact(Guid customerId, ContactKind kind) =>
        ContactLog.Log(customerId, kind, ContactPurpose.Regular, Now, "Mr Chen", "Talked about the framework contract", null, null, null, _rep, Now, ContactLog.DefaultLateAfter);
}
