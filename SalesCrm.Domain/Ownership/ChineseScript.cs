using System.Text;

namespace SalesCrm.Domain.Ownership;

/// <summary>
/// Traditional → simplified Chinese, character by character (OWN-2: 華為 and 华为 are one company). The table is
/// OpenCC's TSCharacters (Apache-2.0), shipped in Ownership/Data with its licence.
/// </summary>
public static class ChineseScript
{
    private static readonly Lazy<Dictionary<int, int>> Table = new(Load);

    public static int TableSize => Table.Value.Count;

    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Table.Value;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(table.TryGetValue(rune.Value, out var simplified) ? new Rune(simplified) : rune);
        }

        return builder.ToString();
    }

    private static Dictionary<int, int> Load()
    {
        using var stream = typeof(ChineseScript).Assembly.GetManifestResourceStream("SalesCrm.Domain.Ownership.TSCharacters.txt")
            ?? throw new InvalidOperationException("The traditional/simplified character table is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<int, int>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            table[Rune.GetRuneAt(parts[0], 0).Value] = Rune.GetRuneAt(parts[1], 0).Value;
        }

        return table;
    }
}
