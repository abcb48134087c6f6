using SalesCrm.Domain.Customers;

namespace SalesCrm.Tests.Domain.Customers;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("li.lei@example.com")]
    [InlineData("LI.Lei+crm@mail.example.com.cn")]
    [InlineData("张伟@例子.中国")]
    public void AddressesWithNameAndDottedDomain_AreValid(string typed)
    {
        Assert.Null(EmailAddress.Validate(typed));
    }

    [Theory]
    [InlineData("li.lei")]
    [InlineData("li.lei@example")]
    [InlineData("li lei@example.com")]
    [InlineData("li@lei@example.com")]
    [InlineData("li.lei@example..com")]
    [InlineData("@example.com")]
    public void MalformedAddresses_AreRefusedWithInvalidError(string typed)
    {
        Assert.Equal("Email.Invalid", EmailAddress.Validate(typed)?.Code);
    }

    [Fact]
    public void AddressLongerThan254Characters_IsRefused()
    {
        Assert.Equal("Email.Invalid", EmailAddress.Validate(new string('a', 243) + "@example.com")?.Code);
    }

    [Fact]
    public void SurroundingSpaces_AreTrimmedButCaseIsKept_OWN2()
    {
        Assert.Equal("Li.Lei@Example.com", EmailAddress.Parse("  Li.Lei@Example.com ")!.Value);
    }

    [Fact]
    public void NormalisedForm_IsCaseFolded_OWN2() // OWN-2 matching
    {
        Assert.Equal("li.lei@example.com", EmailAddress.Parse("Li.Lei@EXAMPLE.com")!.Normalised);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void EmptyInput_IsNoAddressAndNoError(string? typed)
    {
        Assert.Null(EmailAddress.Validate(typed));
        Assert.Null(EmailAddress.Parse(typed));
    }

    [Theory]
    [InlineData("li.lei@example.com", "l***@example.com")]
    [InlineData("a@example.com", "***@example.com")]
    public void MaskedAddress_HidesTheLocalPart_SEC4(string address, string masked) // SEC-4
    {
        Assert.Equal(masked, EmailAddress.Parse(address)!.Masked);
    }
}
