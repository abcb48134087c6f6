using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCrm.Benchmarks;

/// <summary>
/// Where a page load's time goes: the duration of each SQL command it runs, in order, so a benchmark can print which
/// query of a scorecard costs what (the first table a command reads names it). Records only while <see cref="Recording"/>.
/// </summary>
internal sealed partial class CommandProfile : DbCommandInterceptor
{
    private readonly List<(string Label, double Milliseconds)> _commands = [];

    public bool Recording { get; set; }

    public IReadOnlyList<(string Label, double Milliseconds)> TakeRun()
    {
        var run = _commands.ToList();
        _commands.Clear();
        return run;
    }

    /// <summary>From the command's start to its reader's disposal: SQLite computes rows as they are read, so the time to the first row says little.</summary>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(eventData);
        if (Recording)
        {
            _commands.Add((Label(command.CommandText), eventData.Duration.TotalMilliseconds));
        }

        return base.DataReaderDisposing(command, eventData, result);
    }

    /// <summary>Prints each command's median over <paramref name="runs"/>, slowest first, and their sum.</summary>
    public static void Print(string title, IReadOnlyList<IReadOnlyList<(string Label, double Milliseconds)>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var commands = runs[0].Count;
        var medians = Enumerable.Range(0, commands)
            .Select(i => (Position: i + 1, runs[0][i].Label, Median: Median(runs.Where(r => r.Count == commands).Select(r => r[i].Milliseconds))))
            .ToList();
        Console.WriteLine($"// {title}: {commands} commands, median sum {medians.Sum(m => m.Median):0.0} ms over {runs.Count} runs");
        foreach (var (position, label, median) in medians.OrderByDescending(m => m.Median))
        {
            Console.WriteLine($"//   #{position,-2} {median,7:0.00} ms  {label}");
        }
    }

    private static string Label(string sql)
    {
        var tables = Table().Matches(sql).Select(m => m.Groups[1].Value).Distinct().Take(4);
        return string.Join(" + ", tables);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        Debug.Assert(sorted.Count > 0, "A profile has at least one run.");
        return sorted[sorted.Count / 2];
    }

    [GeneratedRegex("""(?:FROM|JOIN) "(\w+)" """, RegexOptions.CultureInvariant)]
    private static partial Regex Table();
}
