using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Customers;

/// <summary>CUS-3: marking a customer lost needs a reason from the list and a text; CUS-5: a lost customer returns with a notice.</summary>
public sealed class CustomerLostTests
{
    private static readonly DateTimeOffset Registered = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Registered.AddMonths(6);
    private readonly Guid _reason = Guid.NewGuid();
    private readonly Customer _customer = new CustomerBuilder().Named("Suzhou Textile Works").Build(Guid.NewGuid(), Guid.NewGuid(), Registered);

    [Fact]
    public void CUS3_MarkingLost_KeepsTheReasonTheTextAndTheTime()
    {
        _customer.MarkLost(_reason, " 转向竞争对手，价格低 8% Moved to a competitor 8% cheaper ", Now);

        Assert.Equal((CustomerStatus.Lost, _reason, "转向竞争对手，价格低 8% Moved to a competitor 8% cheaper", Now),
            (_customer.Status, _customer.LostReasonId, _customer.LostNote, _customer.LostAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void CUS3_LostNeedsText_AndNothingChangesWithoutIt(string? text)
    {
        var error = Assert.Throws<DomainValidationException>(() => _customer.MarkLost(_reason, text, Now));

        Assert.Equal(("LostNote", "Customer.LostNoteRequired"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
        Assert.Equal((CustomerStatus.Prospect, null), (_customer.Status, _customer.LostReasonId));
    }

    [Fact]
    public void CUS3_LostNeedsAReasonFromTheList()
    {
        var error = Assert.Throws<DomainValidationException>(() => _customer.MarkLost(Guid.Empty, "Closed the plant", Now));

        Assert.Equal(("LostReasonId", "Customer.LostReasonRequired"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
    }

    [Fact]
    public void CUS3_ALostCustomerCannotBeMarkedLostAgain()
    {
        _customer.MarkLost(_reason, "Moved to a competitor", Now);

        var error = Assert.Throws<DomainException>(() => _customer.MarkLost(Guid.NewGuid(), "Again", Now.AddDays(1)));

        Assert.Equal(("Customer.AlreadyLost", _reason, Now), (error.Code, _customer.LostReasonId, _customer.LostAt));
    }

    [Fact]
    public void CUS3_ALeadIsDisqualified_NotMarkedLost()
    {
        var lead = Customer.RegisterLead(new CustomerBuilder().Named("Globex").Profile, new ContactDetails(null, "Li Lei", null, "138 0013 8000", null, null), Guid.NewGuid(), Guid.NewGuid(), Registered, Company.Calendar);

        Assert.Equal("Customer.LeadCannotBeLost", Assert.Throws<DomainException>(() => lead.MarkLost(_reason, "No budget", Now)).Code);
    }

    [Fact]
    public void CUS5_AReturningCustomer_IsActiveAgain_AndRaisesANoticeForCollectionAndService()
    {
        _customer.MarkLost(_reason, "Moved to a competitor", Now);
        var back = Now.AddMonths(4);

        var notice = _customer.Reactivate("回购 Back after the competitor's delays", back);

        Assert.Equal((CustomerStatus.Active, back, back), (_customer.Status, _customer.ReactivatedAt, _customer.LastContactAt));
        Assert.Equal((_customer.Id, OnboardingReason.ReturningCustomer, back, false), (notice.CustomerId, notice.Reason, notice.RaisedAt, notice.IsFullyAcknowledged));
        Assert.Equal((_reason, Now), (_customer.LostReasonId, _customer.LostAt));
    }

    [Fact]
    public void CUS5_OnlyALostCustomerIsReactivated()
    {
        Assert.Equal("Customer.NotLost", Assert.Throws<DomainException>(() => _customer.Reactivate(null, Now)).Code);
    }
}
