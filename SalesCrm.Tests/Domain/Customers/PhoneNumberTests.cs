using SalesCrm.Domain.Customers;

namespace SalesCrm.Tests.Domain.Customers;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("138 0013 8000")]
    [InlineData("138-0013-8000")]
    [InlineData("+86 138-0013-8000")]
    [InlineData("021-6888 1234")]
    [InlineData("(0571) 8888 8888 #123")]
    [InlineData("0571 8888 8888 x12")]
    public void UsualMobileAndLandlineNotations_AreValid_OWN2(string typed)
    {
        Assert.Null(PhoneNumber.Validate(typed));
    }

    [Fact]
    public void FullWidthDigits_AreKeptAsAsciiDigits_OWN2()
    {
        Assert.Equal("138 0013 8000", PhoneNumber.Parse("１３８ ００１３ ８０００")!.Value);
    }

    [Fact]
    public void SurroundingSpaces_AreTrimmed_OWN2()
    {
        Assert.Equal("021-6888 1234", PhoneNumber.Parse("  021-6888 1234 ")!.Value);
    }

    [Theory]
    [InlineData("138-0013-800a")]
    [InlineData("call 13800138000")]
    [InlineData("138.0013.8000")]
    public void LettersOrOtherPunctuation_AreRefusedWithCharactersError(string typed)
    {
        Assert.Equal("Phone.Characters", PhoneNumber.Validate(typed)?.Code);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("123 456")]
    [InlineData("1380013800013800138")]
    public void TooFewOrTooManyDigits_AreRefusedWithDigitsError(string typed)
    {
        Assert.Equal("Phone.Digits", PhoneNumber.Validate(typed)?.Code);
    }

    [Fact]
    public void SixteenDigitsWithoutExtension_AreRefusedAsTheMessageSays()
    {
        Assert.Equal("Phone.Digits", PhoneNumber.Validate("+86 138 0013 8000 123")?.Code);
    }

    [Fact]
    public void TooLongInput_IsRefused()
    {
        Assert.NotNull(PhoneNumber.Validate("138 0013 8000" + new string(' ', 20) + "1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void EmptyInput_IsNoNumberAndNoError(string? typed)
    {
        Assert.Null(PhoneNumber.Validate(typed));
        Assert.Null(PhoneNumber.Parse(typed));
    }

    [Fact]
    public void MaskedNumber_ShowsOnlyTheLastFourCharacters_SEC4() // SEC-4: what logs and audit entries may show
    {
        Assert.Equal("*********8000", PhoneNumber.Parse("138 0013 8000")!.Masked);
    }

    [Fact]
    public void MaskedShortValue_ShowsNothing()
    {
        Assert.Equal("****", PhoneNumber.FromStored("8000").Masked);
    }
}
