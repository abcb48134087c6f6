namespace SalesCrm.Domain.Common;

/// <summary>One invalid field: <see cref="Field"/> names the input (e.g. <c>Contacts[1].Phone</c>), <see cref="Code"/> the message.</summary>
public sealed record ValidationError(string Field, string Code, string Message);
