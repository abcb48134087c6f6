using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Tests.Web.Contracts;

/// <summary>CON-4: line breaking for contract text, measured with a fixed-width font (a CJK character is two units).</summary>
public sealed class TextWrapperTests
{
    private static double Measure(string s) => s.Sum(c => c > '\u2E80' ? 2.0 : 1.0);

    [Fact]
    public void CON4_ChineseWithoutSpaces_BreaksBetweenCharacters()
    {
        var lines = TextWrapper.Wrap("任何一方违约应支付违约金", 10, Measure);

        Assert.Equal(["任何一方违", "约应支付违", "约金"], lines);
    }

    [Fact]
    public void CON4_Latin_BreaksBetweenWordsAndCutsOnlyAWordLongerThanTheLine()
    {
        var lines = TextWrapper.Wrap("A party in breach pays compensation", 10, Measure);

        Assert.Equal(["A party in", "breach", "pays", "compensati", "on"], lines);
    }

    [Fact]
    public void CON4_ClosingPunctuation_NeverStartsALine()
    {
        var lines = TextWrapper.Wrap("双方各执一份，具有同等效力。", 10, Measure);

        Assert.All(lines.Skip(1), l => Assert.DoesNotMatch("^[，。]", l));
        Assert.Equal("双方各执一份，具有同等效力。", string.Concat(lines));
    }

    [Fact]
    public void CON4_MixedText_KeepsParagraphsAndBreaksAtTheLanguageBoundary()
    {
        var lines = TextWrapper.Wrap("交货日期 Delivery date\n付款方式", 16, Measure);

        Assert.Equal(["交货日期", "Delivery date", "付款方式"], lines);
    }
}
