using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Customers;

public sealed class CustomerProfileUpdateTests
{
    private static readonly DateOnly Today = Company.Calendar.DayOf(TestDatabase.Start);

    private readonly Customer _customer = new CustomerBuilder().Named("Hangzhou Acme")
        .WithContact("Li Lei", "138 0013 8000", "li.lei@example.com")
        .WithContact("Han Meimei", "139 0013 9000")
        .Build(Guid.NewGuid(), Guid.NewGuid(), TestDatabase.Start);

    [Fact]
    public void ValidUpdate_ChangesTheBasicData()
    {
        _customer.UpdateProfile(_customer.Profile with { Name = "Hangzhou Acme Group", Status = CustomerStatus.Active }, Current(), Today);

        Assert.Equal(("Hangzhou Acme Group", CustomerStatus.Active), (_customer.Name, _customer.Status));
    }

    [Fact]
    public void InvalidUpdate_ReportsAllErrorsAndAppliesNothing()
    {
        var contacts = Current().Select(c => c with { Phone = "not a phone" }).ToList();

        var error = Assert.Throws<DomainValidationException>(() =>
            _customer.UpdateProfile(_customer.Profile with { Name = "Renamed", Uscc = "123" }, contacts, Today));

        Assert.Equal(["Uscc", "Contacts[0].Phone", "Contacts[1].Phone"], error.Errors.Select(e => e.Field));
        Assert.Equal(("Hangzhou Acme", "138 0013 8000"), (_customer.Name, _customer.Contacts[0].Phone?.Value));
    }

    [Fact]
    public void MarkingLostThroughTheProfile_IsRefusedBecauseItNeedsAReason() // CUS-3
    {
        var error = Assert.Throws<DomainException>(() =>
            _customer.UpdateProfile(_customer.Profile with { Status = CustomerStatus.Lost, Name = "Renamed" }, Current(), Today));

        Assert.Equal("Customer.LostNeedsReason", error.Code);
        Assert.Equal((CustomerStatus.Prospect, "Hangzhou Acme"), (_customer.Status, _customer.Name));
    }

    [Fact]
    public void ContactWithKnownId_IsUpdatedInPlace()
    {
        var liLei = _customer.Contacts[0];

        _customer.UpdateProfile(_customer.Profile, [Current()[0] with { Phone = "+86 138 0013 8001" }, Current()[1]], Today);

        Assert.Same(liLei, _customer.Contacts[0]);
        Assert.Equal("+86 138 0013 8001", liLei.Phone?.Value);
    }

    [Fact]
    public void ContactLeftOut_IsRemoved()
    {
        var hanMeimei = _customer.Contacts[1].Id;

        _customer.UpdateProfile(_customer.Profile, [Current()[0]], Today);

        Assert.DoesNotContain(_customer.Contacts, c => c.Id == hanMeimei);
    }

    [Fact]
    public void ContactWithoutId_IsAdded()
    {
        _customer.UpdateProfile(_customer.Profile, [.. Current(), new ContactDetails(null, "Wang Fang", null, "021-6888 1234", null, null)], Today);

        Assert.Equal(["Li Lei", "Han Meimei", "Wang Fang"], _customer.Contacts.Select(c => c.Name));
    }

    [Fact]
    public void ChangedCommercialTerms_AreApplied()
    {
        _customer.ChangeCommercialTerms(new CommercialTerms(SettlementMethod.Monthly, CreditStanding.Watch));

        Assert.Equal((SettlementMethod.Monthly, CreditStanding.Watch), (_customer.Settlement, _customer.Credit));
    }

    private List<ContactDetails> Current() =>
        _customer.Contacts.Select(c => new ContactDetails(c.Id, c.Name, c.Title, c.Phone?.Value, c.Email?.Value, c.Birthday)).ToList();
}
