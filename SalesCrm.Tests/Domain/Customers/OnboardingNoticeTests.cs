using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Tests.Domain.Customers;

/// <summary>CUS-5: the new/returning-customer notice is acknowledged once by the head of collection and once by the head of service.</summary>
public sealed class OnboardingNoticeTests
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 16, 8, 0, 0, TimeSpan.Zero);
    private readonly Guid _collectionHead = Guid.NewGuid();
    private readonly Guid _serviceHead = Guid.NewGuid();
    private readonly OnboardingNotice _notice = OnboardingNotice.Raise(Guid.NewGuid(), OnboardingReason.SettlementChanged, "现结改为月结 Cash to monthly", Raised);

    [Fact]
    public void CUS5_TheNoticeIsFullyAcknowledged_OnlyOnceBothDepartmentsHaveAcknowledged()
    {
        _notice.Acknowledge(Department.Collection, _collectionHead, Raised.AddHours(1));
        Assert.False(_notice.IsFullyAcknowledged);

        _notice.Acknowledge(Department.Service, _serviceHead, Raised.AddHours(3));

        Assert.True(_notice.IsFullyAcknowledged);
        Assert.Equal((_collectionHead, Raised.AddHours(1), _serviceHead, Raised.AddHours(3)),
            (_notice.CollectionAcknowledgedById, _notice.CollectionAcknowledgedAt, _notice.ServiceAcknowledgedById, _notice.ServiceAcknowledgedAt));
    }

    [Fact]
    public void CUS5_ADepartmentCannotAcknowledgeTwice()
    {
        _notice.Acknowledge(Department.Service, _serviceHead, Raised.AddHours(1));

        var error = Assert.Throws<DomainException>(() => _notice.Acknowledge(Department.Service, Guid.NewGuid(), Raised.AddHours(2)));

        Assert.Equal(("Onboarding.AlreadyAcknowledged", _serviceHead, false), (error.Code, _notice.ServiceAcknowledgedById, _notice.IsAcknowledgedBy(Department.Collection)));
    }

    [Fact]
    public void CUS5_AnUnknownDepartment_CannotAcknowledge()
    {
        Assert.Equal("Onboarding.DepartmentUnknown", Assert.Throws<DomainException>(() => _notice.Acknowledge((Department)9, _serviceHead, Raised)).Code);
    }

    [Fact]
    public void CUS5_ANoticeNeedsAKnownReason_AndKeepsItsDetail()
    {
        var error = Assert.Throws<DomainValidationException>(() => OnboardingNotice.Raise(Guid.NewGuid(), (OnboardingReason)0, null, Raised));

        Assert.Equal("Onboarding.ReasonRequired", Assert.Single(error.Errors).Code);
        Assert.Equal((OnboardingReason.SettlementChanged, "现结改为月结 Cash to monthly"), (_notice.Reason, _notice.Detail));
    }
}
