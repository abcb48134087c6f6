using SalesCrm.Domain.Common;

namespace SalesCrm.Tests.Domain.Common;

/// <summary>CON-1: money is exact, in one currency, with at most two decimals.</summary>
public sealed class MoneyTests
{
    [Fact]
    public void CON1_UnitPriceTimesQuantity_IsExact_AndRoundsHalfAwayFromZeroToTheFen()
    {
        Assert.Equal(Money.Cny(0.30m), Money.Cny(0.10m).Times(3));
        Assert.Equal(Money.Cny(3.71m), Money.Cny(1.11m).Times(3.34m)); // 3.7074
        Assert.Equal(Money.Cny(0.13m), Money.Cny(0.25m).Times(0.5m)); // 0.125 rounds up, not to even
    }

    [Fact]
    public void CON1_SumsOfOneCurrency_AreExact_AndCurrenciesDoNotMix()
    {
        Assert.Equal(Money.Cny(0.30m), Money.Cny(0.10m) + Money.Cny(0.20m));
        Assert.True(Money.Cny(5m) > Money.Cny(4.99m));

        var e = Assert.Throws<DomainException>(() => Money.Cny(1m) + new Money(1m, "usd"));

        Assert.Equal("Money.CurrencyMismatch", e.Code);
    }

    [Theory]
    [InlineData(1.005, "CNY", "Money.TooPrecise")]
    [InlineData(1, "RMB1", "Money.CurrencyInvalid")]
    [InlineData(1, "", "Money.CurrencyInvalid")]
    public void CON1_AmountsWithMoreThanTwoDecimals_OrABadCurrency_AreRefused(double amount, string currency, string code)
    {
        Assert.Equal(code, Assert.Throws<DomainException>(() => new Money((decimal)amount, currency)).Code);
    }

    [Fact]
    public void CON1_CurrencyCode_IsNormalised()
    {
        Assert.Equal("EUR", new Money(12.5m, " eur ").Currency);
        Assert.Equal("CNY 1,234,567.80", Money.Cny(1234567.8m).ToString());
    }
}
