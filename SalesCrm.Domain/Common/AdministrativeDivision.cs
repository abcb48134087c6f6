namespace SalesCrm.Domain.Common;

/// <summary>
/// One division of <see cref="AdministrativeDivisions"/>: its six-digit code, its name (杭州市), the division it belongs
/// to (none for a province) and, for a province or city, the short name it is also written by (杭州).
/// </summary>
public sealed record AdministrativeDivision(string Code, string Name, DivisionLevel Level, string? ParentCode, string? ShortName);
