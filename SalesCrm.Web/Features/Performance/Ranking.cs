using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-3: a period's boards across the company — sales champions, most new valid customers, best collection rate.</summary>
public sealed record Ranking(Period Period, RankingBoard Champions, RankingBoard NewCustomers, RankingBoard Collection);

/// <summary>
/// One board: its top places, where the signed-in person stands (<see cref="Mine"/>, null when they are not on it) and
/// how many are on it (<see cref="Ranked"/>: people with something to rank; nothing is no place).
/// </summary>
public sealed record RankingBoard(IReadOnlyList<RankingPlace> Top, RankingPlace? Mine, int Ranked)
{
    /// <summary>
    /// Ranks <paramref name="people"/> by their value, highest first; nothing (0) is no place. Equal values share a
    /// place and the next place is skipped (1, 1, 3), so a tie is not decided by the alphabet; within a place, by name.
    /// </summary>
    public static RankingBoard Of(IEnumerable<RankingPlace> people, int size, Guid me)
    {
        var ranked = people.Where(p => p.Value > 0m).OrderByDescending(p => p.Value).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var places = ranked.Select(p => p with { Place = 1 + ranked.FindIndex(o => o.Value == p.Value) }).ToList();
        return new RankingBoard([.. places.Take(size)], places.Find(p => p.PersonId == me), places.Count);
    }
}

/// <summary>A place on a board; people with equal figures share it.</summary>
public sealed record RankingPlace(int Place, Guid PersonId, string Name, string Region, decimal Value);
