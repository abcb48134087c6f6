using SalesCrm.Web.Features.Contracts;

namespace SalesCrm.Tests.Web.Contracts;

/// <summary>CON-1 while typing: the draft form's running totals never break the page, whatever is typed; the service refuses what cannot be money.</summary>
public sealed class ContractLineEditorTests
{
    [Fact]
    public void CON1_AnOrdinaryLine_ShowsItsTotal_AndTheFormAddsThemUp()
    {
        ContractLineEditor[] lines = [new() { Quantity = 3, UnitPrice = 120_000.50m }, new() { Quantity = 1, UnitPrice = 9_999.99m }];

        Assert.Equal((360_001.50m, 370_001.49m), (lines[0].Total, ContractLineEditor.TotalOf(lines)));
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "2")]
    [InlineData("9999999999999999.99", "9999999999999999.99")]
    [InlineData("100000000000000000", "1")]
    public void CON1_AHugeQuantityOrPrice_ShowsNoTotal_InsteadOfFailingThePage(string quantity, string price)
    {
        var line = new ContractLineEditor
        {
            Quantity = decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture),
            UnitPrice = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Null(line.Total);
        Assert.Equal(1m, ContractLineEditor.TotalOf([line, new() { Quantity = 1, UnitPrice = 1 }]));
    }

    [Fact]
    public void CON1_LinesEachPossibleButTogetherTooLarge_ShowNoFormTotal()
    {
        ContractLineEditor[] lines = [new() { Quantity = 1, UnitPrice = 9_000_000_000_000_000m }, new() { Quantity = 1, UnitPrice = 9_000_000_000_000_000m }];

        Assert.NotNull(lines[0].Total);
        Assert.Null(ContractLineEditor.TotalOf(lines));
    }
}
