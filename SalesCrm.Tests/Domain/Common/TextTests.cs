using SalesCrm.Domain.Common;

namespace SalesCrm.Tests.Domain.Common;

// Issue 17 §8: the one text rule every form's field goes through.
public sealed class TextTests
{
    [Theory]
    [InlineData("Acme\u0000", "Field.ControlCharacters")]
    [InlineData("Acme\u0007", "Field.ControlCharacters")]
    [InlineData("Acme\u007F", "Field.ControlCharacters")]
    [InlineData("Acme\u0085", "Field.ControlCharacters")]
    [InlineData("Acme\u202A", "Field.ControlCharacters")]
    [InlineData("Acme\u202E", "Field.ControlCharacters")]
    [InlineData("Acme\u2066", "Field.ControlCharacters")]
    [InlineData("Acme\u2069", "Field.ControlCharacters")]
    [InlineData("Acme Trading Co., Ltd. and more", "Field.TooLong")]
    public void ATextWithInvisibleOrBrokenCharacters_OrTooLong_IsRefusedWithItsCode(string value, string code) =>
        Assert.Equal(code, Text.Check(value, 20)?.Code);

    // Built here, not passed as theory data: xunit would turn a lone surrogate into U+FFFD on the way.
    private static readonly string[] BrokenPairs = ["Acme \uD83D", "\uDE00 Acme", "\uDE00\uD83D"];

    [Fact]
    public void HalfOfASurrogatePair_AloneOrInTheWrongOrder_IsRefusedAsABrokenCharacter() =>
        Assert.Equal(
            ["Field.BrokenCharacter", "Field.BrokenCharacter", "Field.BrokenCharacter"],
            BrokenPairs.Select(v => Text.Check(v, 20)?.Code));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("第一行\r\n第二行\t制表")]
    [InlineData("杭州物流 😀 𠀀")]
    [InlineData("")]
    [InlineData(null)]
    public void MarkupLineBreaksTabsAndWholeSurrogatePairs_AreKeptAsTyped(string? value) =>
        Assert.Null(Text.Check(value, 100));
}
