namespace SalesCrm.Domain.Ownership;

/// <summary>
/// OWN-6: why a claim from the pool is refused — <see cref="Code"/> names the rule and its text in the catalogue,
/// <see cref="Arguments"/> fill that text (the limit, the days, when the rule lifts), <see cref="Message"/> is the
/// English fallback.
/// </summary>
public sealed record PoolRefusal(string Code, string Message, IReadOnlyList<object> Arguments);
