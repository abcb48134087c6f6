using System.Globalization;

namespace SalesCrm.Domain.Common;

/// <summary>
/// An exact amount in one currency (ISO 4217 code, e.g. CNY), never a float. Amounts keep at most two decimals
/// (fen/cents); arithmetic across currencies is refused rather than silently converted.
/// </summary>
public sealed record Money
{
    public const int Decimals = 2;
    public const string DefaultCurrency = "CNY";

    /// <summary>The largest amount the product handles (SQL decimal(18,2)).</summary>
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    public Money(decimal amount, string currency)
    {
        if (Check(amount) is { } refused)
        {
            throw new DomainException(refused.Code, refused.Message);
        }

        var code = currency?.Trim().ToUpperInvariant();
        if (code is null || code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException("Money.CurrencyInvalid", "The currency is a three-letter code such as CNY, USD or EUR.");
        }

        Amount = amount;
        Currency = code;
    }

    public decimal Amount { get; }
    public string Currency { get; }

    /// <summary>Why an amount cannot be money, or null: more than two decimals, or beyond ±<see cref="MaxAmount"/>.</summary>
    public static FieldError? Check(decimal amount) =>
        decimal.Round(amount, Decimals) != amount ? new FieldError("Money.TooPrecise", $"Amounts have at most {Decimals} decimals.")
        : Math.Abs(amount) > MaxAmount ? new FieldError("Money.TooLarge", "The amount is too large.")
        : null;

    public static Money Zero(string currency) => new(0m, currency);

    public static Money Cny(decimal amount) => new(amount, DefaultCurrency);

    public bool IsNegative => Amount < 0;

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));


    /// <summary>A unit price times a quantity, rounded half away from zero to the fen, as invoices do.</summary>
    public Money Times(decimal quantity) => new(decimal.Round(Amount * quantity, Decimals, MidpointRounding.AwayFromZero), Currency);

    public static bool operator <(Money left, Money right) => Compare(left, right) < 0;

    public static bool operator >(Money left, Money right) => Compare(left, right) > 0;

    public static bool operator <=(Money left, Money right) => Compare(left, right) <= 0;

    public static bool operator >=(Money left, Money right) => Compare(left, right) >= 0;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    /// <summary>Orders two amounts of the same currency; amounts in different currencies are not comparable.</summary>
    public static int Compare(Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        SameCurrency(left, right);
        return left.Amount.CompareTo(right.Amount);
    }

    public override string ToString() => Show(Amount, Currency);

    /// <summary>How money reads everywhere: "CNY 1,280,000.00".</summary>
    internal static string Show(decimal amount, string currency) => string.Create(CultureInfo.InvariantCulture, $"{currency} {amount:#,0.00}");

    private static string SameCurrency(Money left, Money right) =>
        left?.Currency == right?.Currency && left is not null
            ? left.Currency
            : throw new DomainException("Money.CurrencyMismatch", $"Cannot combine {left?.Currency} with {right?.Currency}.");
}
