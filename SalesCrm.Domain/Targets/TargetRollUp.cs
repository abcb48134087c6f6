using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-1: targets roll up person → region → company and month → quarter → year. A cell's target is the one set for it;
/// a cell nobody set is the sum of its parts in time (a quarter's months, a year's quarters), else of the people or
/// regions under it — so a region whose manager split the year into reps' months has a quarter and a year target
/// without anyone typing them. A cell with nothing set under it has none.
/// </summary>
public sealed class TargetRollUp
{
    private readonly Dictionary<TargetCell, decimal> _set;
    private readonly IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> _peopleByRegion;
    private readonly Dictionary<TargetCell, decimal?> _memo = [];

    /// <param name="set">The targets set, of one kind.</param>
    /// <param name="peopleByRegion">Every region the company's targets are made of, with the people whose targets make up the region's.</param>
    public TargetRollUp(IEnumerable<SalesTarget> set, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> peopleByRegion)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(peopleByRegion);
        _set = set.ToDictionary(t => new TargetCell(t.Scope, t.ScopeId, t.Period), t => t.Amount);
        _peopleByRegion = peopleByRegion;
    }

    /// <summary>The target set for exactly this cell, or null.</summary>
    public decimal? SetFor(TargetCell cell) => _set.TryGetValue(cell, out var amount) ? amount : null;

    /// <summary>The cell's target: set, else rolled up from its parts, else null.</summary>
    public decimal? For(TargetCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (_memo.TryGetValue(cell, out var known))
        {
            return known;
        }

        var value = SetFor(cell) ?? Sum(cell.Period.Parts.Select(p => cell with { Period = p })) ?? Sum(Below(cell));
        _memo[cell] = value;
        return value;
    }

    /// <summary>Whether the cell's target is its own rather than a sum of what is under it.</summary>
    public bool IsSet(TargetCell cell) => _set.ContainsKey(cell);

    private IEnumerable<TargetCell> Below(TargetCell cell) => cell.Scope switch
    {
        TargetScope.Company => _peopleByRegion.Keys.Select(r => new TargetCell(TargetScope.Region, r, cell.Period)),
        TargetScope.Region => _peopleByRegion.GetValueOrDefault(cell.ScopeId, []).Select(p => new TargetCell(TargetScope.Person, p, cell.Period)),
        _ => [],
    };

    private decimal? Sum(IEnumerable<TargetCell> cells)
    {
        var values = cells.Select(For).Where(v => v is not null).ToList();
        return values.Count == 0 ? null : values.Sum();
    }
}
