namespace SalesCrm.Domain.Common;

/// <summary>Why one value is invalid, before it is known which field it came from.</summary>
public sealed record FieldError(string Code, string Message);
