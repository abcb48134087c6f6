using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Pipeline;

/// <summary>
/// A chance of a sale with one customer, owned by the customer's owner (PIPE-1). It moves through the five stages in
/// order and ends signed (the last stage) or lost with a reason. Leaving a stage records what that stage is for
/// (PIPE-2): the needs list, then the solution (product mix, price, service commitments), then the negotiated terms
/// (price, delivery date, payment method). A closed opportunity does not move.
/// </summary>
public sealed class Opportunity : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int ReasonMaxLength = 500;

    private readonly List<NeedsAnswer> _needs = [];

    private Opportunity()
    {
        Title = string.Empty;
        Currency = Money.DefaultCurrency;
    }

    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid RegionId { get; private set; }
    public string Title { get; private set; }
    public OpportunityStage Stage { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset StageEnteredAt { get; private set; }

    /// <summary>The currency of the opportunity's amounts (one per opportunity).</summary>
    public string Currency { get; private set; }

    /// <summary>The expected value: the estimate at opening, then the solution's price, then the negotiated price.</summary>
    public decimal? AmountValue { get; private set; }

    public IReadOnlyList<NeedsAnswer> Needs => _needs;
    public string? ProductMix { get; private set; }
    public decimal? SolutionPriceValue { get; private set; }
    public string? ServiceCommitments { get; private set; }
    public decimal? NegotiatedPriceValue { get; private set; }
    public DateOnly? DeliveryDate { get; private set; }
    public PaymentMethod? PaymentMethod { get; private set; }
    public DateTimeOffset? LostAt { get; private set; }
    public string? LostReason { get; private set; }

    public Money? Amount => AmountValue is { } value ? new Money(value, Currency) : null;
    public Money? SolutionPrice => SolutionPriceValue is { } value ? new Money(value, Currency) : null;
    public Money? NegotiatedPrice => NegotiatedPriceValue is { } value ? new Money(value, Currency) : null;

    public bool IsLost => LostAt is not null;
    public bool IsSigned => Stage == OpportunityStage.Signing;
    public bool IsClosed => IsLost || IsSigned;

    /// <summary>The stage after the current one, or null when the opportunity is closed.</summary>
    public OpportunityStage? NextStage => IsClosed ? null : Stage + 1;

    public static Opportunity Open(Guid customerId, Guid ownerId, Guid regionId, string title, DateTimeOffset now, Money? estimate = null)
    {
        var clean = Text.Clean(title);
        if (clean is null)
        {
            throw new DomainValidationException([new ValidationError(nameof(Title), "Opportunity.TitleRequired", "Name the opportunity, e.g. what the customer wants to buy.")]);
        }

        if (Text.Check(clean, TitleMaxLength) is { } refused)
        {
            throw new DomainValidationException([new ValidationError(nameof(Title), refused.Code, refused.Message)]);
        }

        if (estimate is { IsNegative: true })
        {
            throw new DomainValidationException([new ValidationError(nameof(Amount), "Opportunity.AmountNegative", "An amount cannot be negative.")]);
        }

        return new Opportunity
        {
            CustomerId = customerId, OwnerId = ownerId, RegionId = regionId, Title = clean, Stage = OpportunityStage.InitialContact,
            OpenedAt = now, StageEnteredAt = now, Currency = estimate?.Currency ?? Money.DefaultCurrency, AmountValue = estimate?.Amount,
        };
    }

    /// <summary>
    /// PIPE-1 with CON-3: whether a user moves the opportunity on from <paramref name="stage"/> by hand. Leaving
    /// negotiation is signing, and only signing the contract does that (<see cref="SignWithContract"/>): a deal signed
    /// without one would have no approval, no legal review and no receivable.
    /// </summary>
    public static bool AdvancesByHand(OpportunityStage stage) => stage < OpportunityStage.Negotiation;

    /// <summary>Whether the page offers "advance" now: open, and not at the step only a contract takes.</summary>
    public bool CanAdvanceByHand => !IsClosed && AdvancesByHand(Stage);

    /// <summary>
    /// PIPE-2: moves to <paramref name="target"/>, which must be the next stage, recording what the current stage is
    /// for. Skipping, going back or moving a closed opportunity is refused with a message the user can read, and so is
    /// "Signed", which only its contract's signing reaches.
    /// </summary>
    public void AdvanceTo(OpportunityStage target, StageRecord record, int minimumNeedsAnswers, DateTimeOffset now, CompanyCalendar calendar)
    {
        EnsureOpen();
        if (target == OpportunityStage.Signing && Stage == OpportunityStage.Negotiation)
        {
            throw new DomainException("Opportunity.SignedByContract", "A deal is signed by signing its contract: draft the contract on this opportunity's page, or sign the one awaiting signature.");
        }

        Move(target, record, minimumNeedsAnswers, now, calendar);
    }

    private void Move(OpportunityStage target, StageRecord record, int minimumNeedsAnswers, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(calendar);
        EnsureOpen();
        if (target != Stage + 1)
        {
            throw new DomainException("Opportunity.StagesInOrder", $"Stages advance one at a time and in order: from {Stage} the next stage is {Stage + 1}.");
        }

        switch (Stage, record)
        {
            case (OpportunityStage.InitialContact, ContactRecord):
                break;
            case (OpportunityStage.NeedsResearch, NeedsRecord needs):
                RecordNeeds(needs, minimumNeedsAnswers);
                break;
            case (OpportunityStage.Solution, SolutionRecord solution):
                RecordSolution(solution);
                break;
            case (OpportunityStage.Negotiation, NegotiationRecord negotiation):
                RecordNegotiation(negotiation, calendar.DayOf(now));
                break;
            default:
                throw new DomainException("Opportunity.WrongRecord", $"Leaving {Stage} records that stage's results first.");
        }

        Stage = target;
        StageEnteredAt = now;
    }

    /// <summary>
    /// Signing its contract marks the opportunity signed (issue 5 §9): from negotiation, the contract's total, delivery
    /// date and payment method are what the negotiation settled. One already signed stays as it is.
    /// </summary>
    public void SignWithContract(Money total, DateOnly deliveryDate, PaymentMethod paymentMethod, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(total);
        if (IsSigned)
        {
            return;
        }

        EnsureOpen();
        if (Stage != OpportunityStage.Negotiation)
        {
            throw new DomainException("Opportunity.NotNegotiating", "A contract is signed for an opportunity in negotiation.");
        }

        Move(OpportunityStage.Signing, new NegotiationRecord(total.Amount, total.Currency, deliveryDate, paymentMethod), 0, now, calendar);
    }

    /// <summary>
    /// OWN-5/OWN-6: an open opportunity follows its customer to a new owner (and region). A closed one stays with the
    /// rep who closed it: it is their result.
    /// </summary>
    public void FollowCustomer(Guid ownerId, Guid regionId)
    {
        if (!IsClosed)
        {
            OwnerId = ownerId;
            RegionId = regionId;
        }
    }

    /// <summary>PIPE-1: the opportunity ends without a sale; the reason feeds the funnel.</summary>
    public void Lose(string? reason, DateTimeOffset now)
    {
        EnsureOpen();
        var clean = Text.Required(reason, ReasonMaxLength, "Reason", "Opportunity.LostReasonRequired", "Say why the opportunity was lost.");
        LostAt = now;
        LostReason = clean;
    }

    private void EnsureOpen()
    {
        if (IsLost)
        {
            throw new DomainException("Opportunity.Lost", "This opportunity was lost; it no longer moves.");
        }

        if (IsSigned)
        {
            throw new DomainException("Opportunity.Signed", "This opportunity is signed; it no longer moves.");
        }
    }

    private void RecordNeeds(NeedsRecord needs, int minimumAnswers)
    {
        var answered = needs.Answers
            .Select(a => new NeedsAnswer(Text.Clean(a.Question) ?? string.Empty, Text.Clean(a.Answer) ?? string.Empty))
            .Where(a => a.Question.Length > 0 && a.Answer.Length > 0)
            .ToList();
        var errors = new ValidationErrors();
        for (var i = 0; i < needs.Answers.Count; i++)
        {
            errors.AddIf($"Needs[{i}]", Text.Check(needs.Answers[i].Answer, NeedsAnswer.AnswerMaxLength));
        }

        if (answered.Count < minimumAnswers)
        {
            errors.Add("Needs", "Opportunity.NeedsTooFew", $"Answer at least {minimumAnswers} questions of the needs list.");
        }

        errors.ThrowIfAny();
        _needs.Clear();
        _needs.AddRange(answered.Select(a => a with { Question = a.Question.Length > NeedsAnswer.QuestionMaxLength ? a.Question[..NeedsAnswer.QuestionMaxLength] : a.Question }));
    }

    private void RecordSolution(SolutionRecord solution)
    {
        var errors = new ValidationErrors();
        var mix = Required(errors, nameof(ProductMix), solution.ProductMix, "Opportunity.ProductMixRequired", "Describe the products offered and their quantities.");
        var commitments = Required(errors, nameof(ServiceCommitments), solution.ServiceCommitments, "Opportunity.CommitmentsRequired", "State the service commitments (write \"none\" if there are none).");
        var price = Price(errors, nameof(SolutionPrice), solution.Price, solution.Currency);
        errors.ThrowIfAny();
        ProductMix = mix;
        ServiceCommitments = commitments;
        SetPrice(price!);
        SolutionPriceValue = price!.Amount;
    }

    private void RecordNegotiation(NegotiationRecord negotiation, DateOnly today)
    {
        var errors = new ValidationErrors();
        var price = Price(errors, nameof(NegotiatedPrice), negotiation.Price, negotiation.Currency);
        if (negotiation.DeliveryDate is not { } delivery)
        {
            errors.Add(nameof(DeliveryDate), "Opportunity.DeliveryDateRequired", "Give the agreed delivery date.");
        }
        else if (delivery < today)
        {
            errors.Add(nameof(DeliveryDate), "Opportunity.DeliveryDatePast", "The delivery date cannot be in the past.");
        }

        if (negotiation.PaymentMethod is not { } method || !Enum.IsDefined(method))
        {
            errors.Add(nameof(PaymentMethod), "Opportunity.PaymentMethodRequired", "Choose the agreed payment method.");
        }

        errors.ThrowIfAny();
        SetPrice(price!);
        NegotiatedPriceValue = price!.Amount;
        DeliveryDate = negotiation.DeliveryDate;
        PaymentMethod = negotiation.PaymentMethod;
    }

    private void SetPrice(Money price)
    {
        Currency = price.Currency;
        AmountValue = price.Amount;
    }

    private static string? Required(ValidationErrors errors, string field, string? value, string code, string message)
    {
        var clean = Text.Clean(value);
        if (clean is null)
        {
            errors.Add(field, code, message);
        }
        else if (Text.Check(clean, TextMaxLength) is { } refused)
        {
            errors.Add(field, refused.Code, refused.Message);
        }

        return clean;
    }

    private static Money? Price(ValidationErrors errors, string field, decimal? amount, string currency)
    {
        if (amount is not { } value || value <= 0)
        {
            errors.Add(field, "Opportunity.PriceRequired", "Give the price, more than zero.");
            return null;
        }

        try
        {
            return new Money(value, currency);
        }
        catch (DomainException e)
        {
            errors.Add(field, e.Code, e.Message);
            return null;
        }
    }
}
