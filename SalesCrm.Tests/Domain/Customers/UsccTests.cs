using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Tests.Domain.Customers;

// CUS-1 / OWN-2: the unified social credit code is checksum-validated (GB 32100-2015) so it can serve as a hard match key.
public sealed class UsccTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the example of GB 32100-2015
    [InlineData("91110000802100433B")]
    [InlineData("914403001922038216")]
    public void PublishedCodes_AreValid_OWN2(string code)
    {
        Assert.Null(Uscc.Validate(code));
        Assert.Equal(code, Uscc.Parse(code)!.Value);
    }

    [Theory]
    [InlineData("91310000MA1FL0000")]
    [InlineData("12100000400000770")]
    [InlineData("Y1440300MA5DXXXXX")]
    public void CodeCompletedWithItsCheckCharacter_IsValid_OWN2(string first17)
    {
        Assert.Null(Uscc.Validate(first17 + Uscc.CheckCharacter(first17)));
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("9135")]
    public void CodeOfWrongLength_IsRefusedWithLengthError_OWN2(string code)
    {
        Assert.Equal("Uscc.Length", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void CodeWithForbiddenLetter_IsRefusedWithCharactersError_OWN2(char letter)
    {
        var code = "91350100" + letter + "000100Y43";

        Assert.Equal("Uscc.Characters", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("91350100M000100Y34")] // two characters swapped
    public void CodeWithWrongCheckCharacter_IsRefusedWithChecksumError_OWN2(string code)
    {
        Assert.Equal("Uscc.Checksum", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]
    [InlineData("91350100m000100y43")]
    [InlineData(" 9135 0100 M000 100Y 43 ")]
    public void FullWidthLowercaseOrSpacedInput_IsNormalisedToTheCanonicalCode_OWN2(string typed)
    {
        Assert.Equal("91350100M000100Y43", Uscc.Parse(typed)!.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyInput_IsNoCodeAndNoError(string? typed)
    {
        Assert.Null(Uscc.Validate(typed));
        Assert.Null(Uscc.Parse(typed));
    }

    [Fact]
    public void ParsingInvalidCode_ThrowsDomainExceptionWithTheErrorCode()
    {
        var error = Assert.Throws<DomainException>(() => Uscc.Parse("91350100M000100Y44"));

        Assert.Equal("Uscc.Checksum", error.Code);
    }
}
