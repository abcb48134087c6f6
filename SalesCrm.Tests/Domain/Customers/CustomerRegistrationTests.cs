using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Customers;

public sealed class CustomerRegistrationTests
{
    private static readonly DateTimeOffset Now = TestDatabase.Start;
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Region = Guid.NewGuid();

    [Fact]
    public void RegisteredCustomer_BelongsToTheOwnerAndRegionFromTheServerClock() // CUS-1, OWN-1
    {
        var customer = new CustomerBuilder().Named("  Hangzhou Acme Machinery Co., Ltd. ").Build(Owner, Region, Now);

        Assert.Equal(("Hangzhou Acme Machinery Co., Ltd.", Owner, Region, Now), (customer.Name, customer.OwnerId, customer.RegionId, customer.FirstContactAt));
    }

    [Fact]
    public void RegisteredCustomer_KeepsTheCanonicalUscc()
    {
        var customer = new CustomerBuilder().WithUscc("91350100m000100y43").Build(Owner, Region, Now);

        Assert.Equal("91350100M000100Y43", customer.Uscc?.Value);
    }

    [Fact]
    public void RegisteredCustomer_HasItsContactsAndTerms()
    {
        var customer = new CustomerBuilder().WithContact("Li Lei", "138 0013 8000", "li.lei@example.com")
            .WithTerms(SettlementMethod.Monthly, CreditStanding.Good).Build(Owner, Region, Now);

        var contact = Assert.Single(customer.Contacts);
        Assert.Equal(("Li Lei", "138 0013 8000", "li.lei@example.com", customer.Id), (contact.Name, contact.Phone?.Value, contact.Email?.Value, contact.CustomerId));
        Assert.Equal(new CommercialTerms(SettlementMethod.Monthly, CreditStanding.Good), customer.Terms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void CustomerWithoutName_IsRefused(string name)
    {
        var error = Assert.Throws<DomainValidationException>(() => new CustomerBuilder().Named(name).Build(Owner, Region, Now));

        Assert.Equal(new ValidationError("Name", "Customer.NameRequired", "Enter the customer's name."), Assert.Single(error.Errors));
    }

    [Fact]
    public void NameLongerThan200Characters_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => new CustomerBuilder().Named(new string('A', 201)).Build(Owner, Region, Now));

        Assert.Equal(("Name", "Field.TooLong"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
    }

    [Fact]
    public void EveryInvalidField_IsReportedTogetherWithItsFieldPath()
    {
        var builder = new CustomerBuilder().Named(" ").WithUscc("91350100M000100Y44")
            .WithContact("Li Lei", email: "li.lei@")
            .WithContact("Han Meimei", phone: "138-0013-800a")
            .WithContact(" ", phone: "12");

        var error = Assert.Throws<DomainValidationException>(() => builder.Build(Owner, Region, Now));

        Assert.Equal(
            ["Name", "Uscc", "Contacts[0].Email", "Contacts[1].Phone", "Contacts[2].Name", "Contacts[2].Phone"],
            error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void ContactBornInTheFuture_IsRefused()
    {
        var contacts = new[] { new ContactDetails(null, "Li Lei", null, null, null, Company.Calendar.DayOf(Now).AddDays(1)) };

        var error = Assert.Throws<DomainValidationException>(() =>
            Customer.Register(new CustomerBuilder().Profile, CommercialTerms.Default, contacts, Owner, Region, Now, Company.Calendar));

        Assert.Equal("Contacts[0].Birthday", Assert.Single(error.Errors).Field);
    }
}
