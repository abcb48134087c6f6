namespace SalesCrm.Domain.Targets;

/// <summary>KPI-3 (000 §4.2): the grade of a rep, team or region for an assessment cycle.</summary>
public enum Grade
{
    Excellent = 1,
    Good = 2,
    Pass = 3,
    Fail = 4,
}
