using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// AR-2 (003 §6.1): how much a collector is to collect in a calendar month. One per collector and month; setting it
/// again replaces the amount. The monthly statement holds what the collector collected against it.
/// </summary>
public sealed class CollectionTarget : AggregateRoot
{
    private CollectionTarget()
    {
        Currency = Money.DefaultCurrency;
    }

    public Guid CollectorId { get; private set; }

    /// <summary>The first day of the month the target is for.</summary>
    public DateOnly Month { get; private set; }

    public decimal Amount { get; private set; }
    public string Currency { get; private set; }
    public Guid SetById { get; private set; }
    public DateTimeOffset SetAt { get; private set; }

    public static CollectionTarget For(Guid collectorId, DateOnly month, Money amount, Guid setById, DateTimeOffset now)
    {
        var target = new CollectionTarget { CollectorId = collectorId, Month = new DateOnly(month.Year, month.Month, 1) };
        target.Change(amount, setById, now);
        return target;
    }

    public void Change(Money amount, Guid setById, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Amount <= 0)
        {
            throw new DomainValidationException([new ValidationError(nameof(Amount), "Target.AmountPositive", "A collection target is more than zero.")]);
        }

        Amount = amount.Amount;
        Currency = amount.Currency;
        SetById = setById;
        SetAt = now;
    }
}
