namespace SalesCrm.Domain.Pipeline;

/// <summary>What a stage must record before the opportunity leaves it (PIPE-2).</summary>
public abstract record StageRecord;

/// <summary>Leaving initial contact needs nothing but the decision to research the customer's needs.</summary>
public sealed record ContactRecord : StageRecord;

/// <summary>Leaving needs research: the customer's answers to the needs list (004's ten questions by default).</summary>
public sealed record NeedsRecord(IReadOnlyList<NeedsAnswer> Answers) : StageRecord;

/// <summary>Leaving the solution stage: the product mix offered, its price and the service commitments.</summary>
public sealed record SolutionRecord(string? ProductMix, decimal? Price, string Currency, string? ServiceCommitments) : StageRecord;

/// <summary>Leaving negotiation (so signing): the agreed price, delivery date and payment method.</summary>
public sealed record NegotiationRecord(decimal? Price, string Currency, DateOnly? DeliveryDate, PaymentMethod? PaymentMethod) : StageRecord;
