namespace SalesCrm.Domain.Common;

/// <summary>
/// A division name found in a text: where it starts, the text matched (a name or a short name) and every division
/// that goes by it (鼓楼区 is a district of four cities, 吉林 both a province and a city).
/// </summary>
public sealed record DivisionNameMatch(int Index, string Text, IReadOnlyList<AdministrativeDivision> Divisions);
