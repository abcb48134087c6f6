namespace SalesCrm.Domain.Common;

/// <summary>
/// A sum of amounts in one currency, shown on boards and summaries. Unlike <see cref="Money"/> it has no upper bound: each
/// amount is money within <see cref="Money.MaxAmount"/>, but many of them may add up beyond it, and a page that shows
/// their total must not fail because of it.
/// </summary>
public sealed record MoneyTotal(decimal Amount, string Currency)
{
    /// <summary>One total per currency, in currency order.</summary>
    public static IReadOnlyList<MoneyTotal> ByCurrency<T>(IEnumerable<T> items, Func<T, decimal> amount, Func<T, string> currency) =>
        items.GroupBy(currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MoneyTotal(g.Sum(amount), g.Key)).ToList();

    public override string ToString() => Money.Show(Amount, Currency);
}
