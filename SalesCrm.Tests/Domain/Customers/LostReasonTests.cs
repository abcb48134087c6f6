using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Tests.Domain.Customers;

/// <summary>CUS-3: the managed list of reasons a customer is lost, named in English and Chinese.</summary>
public sealed class LostReasonTests
{
    [Fact]
    public void CUS3_AReasonIsNamedInBothLanguages_AndActive()
    {
        var reason = LostReason.Create(" Price ", " 价格 ");

        Assert.Equal(("Price", "价格", true), (reason.NameEn, reason.NameZh, reason.IsActive));
    }

    [Fact]
    public void CUS3_AReasonWithoutANameInEitherLanguage_IsRefusedByField()
    {
        var error = Assert.Throws<DomainValidationException>(() => LostReason.Create(" ", null));

        Assert.Equal([("NameEn", "LostReason.NameRequired"), ("NameZh", "LostReason.NameRequired")], error.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void CUS3_RenamingInvalidly_KeepsTheOldNames()
    {
        var reason = LostReason.Create("Price", "价格");

        Assert.Throws<DomainValidationException>(() => reason.Rename(new string('x', LostReason.NameMaxLength + 1), "价格太高"));
        reason.Rename("Price too high", "价格太高");

        Assert.Equal(("Price too high", "价格太高"), (reason.NameEn, reason.NameZh));
    }

    [Fact]
    public void CUS3_ADeactivatedReason_IsNoLongerActive_ButKeepsItsNames()
    {
        var reason = LostReason.Create("Relocated", "迁址");

        reason.Deactivate();

        Assert.Equal((false, "Relocated"), (reason.IsActive, reason.NameEn));
    }
}
