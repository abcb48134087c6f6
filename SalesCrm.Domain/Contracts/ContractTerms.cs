using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Domain.Contracts;

/// <summary>
/// CON-1: what a contract agrees — its lines, currency, delivery, payment and the breach clause — checked as a whole
/// against CON-2's limits. <see cref="ApprovalsNeeded"/> says which of its terms the rep may not grant alone.
/// </summary>
public sealed record ContractTerms(
    IReadOnlyList<ContractLine> Lines,
    string Currency,
    DateOnly? DeliveryDate,
    PaymentMethod? PaymentMethod,
    SettlementMethod? Settlement,
    int? PaymentTermsDays,
    decimal? BreachCompensationPercent,
    SigningMethod? SigningMethod,
    string? ServiceCommitments,
    bool FreeService)
{
    /// <summary>CON-2: breach compensation when the contract names none (004: 5%).</summary>
    public const decimal DefaultBreachCompensationPercent = 5m;

    /// <summary>CON-2: the ceiling on payment terms (004: 账期不超过60天) unless the company's setting says otherwise.</summary>
    public const int DefaultMaxPaymentTermsDays = 60;

    public const int MaxLines = 500;
    public const int ServiceCommitmentsMaxLength = 4000;

    // For materialising a stored contract; every property is then set from the record.
    private ContractTerms()
        : this(new List<ContractLine>(), Money.DefaultCurrency, null, null, null, null, null, null, null, FreeService: false)
    {
    }

    public Money Total => new(Lines.Sum(l => l.Total), Currency);

    /// <summary>Every invalid term, each naming its field; none means the terms may stand in a draft.</summary>
    public IReadOnlyList<ValidationError> Check(DateOnly today, int maxPaymentTermsDays = DefaultMaxPaymentTermsDays)
    {
        var errors = new ValidationErrors();
        if (Lines.Count == 0)
        {
            errors.Add(nameof(Lines), "Contract.LinesRequired", "Add at least one line item.");
        }
        else if (Lines.Count > MaxLines)
        {
            errors.Add(nameof(Lines), "Contract.TooManyLines", $"At most {MaxLines} line items.");
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.Quantity <= 0 || line.Quantity > ContractLine.MaxQuantity)
            {
                errors.Add($"Lines[{i}].Quantity", "Contract.QuantityInvalid", "The quantity is more than zero.");
            }

            if (line.UnitPrice < 0 || decimal.Round(line.UnitPrice, Money.Decimals) != line.UnitPrice)
            {
                errors.Add($"Lines[{i}].UnitPrice", "Contract.UnitPriceInvalid", "The unit price is zero or more, with at most two decimals.");
            }
            else
            {
                errors.AddIf($"Lines[{i}].UnitPrice", Money.Check(line.UnitPrice));
            }
        }

        // Only valid lines are multiplied out: quantity and price are bounded, so the total cannot overflow a decimal.
        if (errors.Items.Count == 0 && Lines.Count > 0)
        {
            errors.AddIf(nameof(Lines), Money.Check(Lines.Sum(l => l.Total)));
        }

        try
        {
            _ = Money.Zero(Currency);
        }
        catch (DomainException e)
        {
            errors.Add(nameof(Currency), e.Code, e.Message);
        }

        if (DeliveryDate is not { } delivery)
        {
            errors.Add(nameof(DeliveryDate), "Contract.DeliveryDateRequired", "Give the delivery date.");
        }
        else if (delivery < today)
        {
            errors.Add(nameof(DeliveryDate), "Contract.DeliveryDatePast", "The delivery date cannot be in the past.");
        }

        if (PaymentMethod is not { } method || !Enum.IsDefined(method))
        {
            errors.Add(nameof(PaymentMethod), "Contract.PaymentMethodRequired", "Choose the payment method.");
        }

        if (Settlement is not { } settlement || !Enum.IsDefined(settlement))
        {
            errors.Add(nameof(Settlement), "Contract.SettlementRequired", "Choose the settlement method.");
        }

        if (PaymentTermsDays is not { } days || days < 0)
        {
            errors.Add(nameof(PaymentTermsDays), "Contract.PaymentTermsRequired", "Give the payment terms in days (0 for payment on delivery).");
        }
        else if (days > maxPaymentTermsDays)
        {
            // CON-2: a ceiling, not something an approval can lift.
            errors.Add(nameof(PaymentTermsDays), "Contract.PaymentTermsTooLong", $"Payment terms may not exceed {maxPaymentTermsDays} days.");
        }

        if (BreachCompensationPercent is { } breach && (breach < 0 || breach > 100 || decimal.Round(breach, 2) != breach))
        {
            errors.Add(nameof(BreachCompensationPercent), "Contract.BreachPercentInvalid", "The breach compensation is a percentage from 0 to 100.");
        }

        if (SigningMethod is not { } signing || !Enum.IsDefined(signing))
        {
            errors.Add(nameof(SigningMethod), "Contract.SigningMethodRequired", "Choose e-signature or paper.");
        }

        if (Text.Check(ServiceCommitments, ServiceCommitmentsMaxLength) is { } refused)
        {
            errors.Add(nameof(ServiceCommitments), refused.Code, refused.Message);
        }

        return errors.Items;
    }

    /// <summary>The breach compensation the contract states: the agreed one, or CON-2's 5%.</summary>
    public decimal EffectiveBreachCompensationPercent => BreachCompensationPercent ?? DefaultBreachCompensationPercent;

    /// <summary>
    /// CON-2: which terms need the sales manager's approval, given the customer's settlement method on file. Each reason
    /// appears once however many lines are below list.
    /// </summary>
    public IReadOnlyList<ApprovalReason> ApprovalsNeeded(SettlementMethod customerSettlement)
    {
        var reasons = new List<ApprovalReason>();
        if (Lines.Any(l => l.IsBelowList))
        {
            reasons.Add(ApprovalReason.PriceBelowList);
        }

        if (FreeService)
        {
            reasons.Add(ApprovalReason.FreeService);
        }

        if (Settlement is { } settlement && settlement != customerSettlement)
        {
            reasons.Add(ApprovalReason.SettlementChange);
        }

        return reasons;
    }
}
