namespace SalesCrm.Domain.Targets;

/// <summary>KPI-1: whose target it is. Targets roll up person → region → company.</summary>
public enum TargetScope
{
    Company = 1,
    Region = 2,

    /// <summary>One person: a rep's sales target or a collector's collection target.</summary>
    Person = 3,
}
