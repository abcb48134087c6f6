using System.Text.RegularExpressions;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Calendar;

/// <summary>
/// CAL-1's guard: product code takes a day, month or local time from an instant only through the company calendar, and
/// the clock only through <see cref="TimeProvider"/>. A new <c>ToLocalTime()</c>, UTC date or <c>TimeSpan.Zero</c> day
/// boundary fails here, naming the file and line.
/// </summary>
public sealed partial class CompanyTimeGuardTests
{
    /// <summary>Where a pattern is right: the converter that reads stored UTC ticks back as instants builds no day boundary.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["SalesCrm.Web/Data/DateTimeOffsetToUtcTicksConverter.cs"] = [nameof(UtcDayBoundary)],
    };

    private static readonly (string Name, Regex Pattern)[] Rules =
    [
        ("ToLocalTime()", LocalTime()),
        ("TimeZoneInfo.Local", ServerZone()),
        ("GetLocalNow()", LocalNow()),
        ("the system clock (use TimeProvider)", SystemClock()),
        (nameof(UtcDayBoundary), UtcDayBoundary()),
        ("the UTC date of an instant", UtcDate()),
    ];

    [Fact]
    public void CAL1_ProductCode_TakesDaysAndLocalTimesOnlyFromTheCompanyCalendar()
    {
        var offences = new List<string>();
        foreach (var project in new[] { "SalesCrm.Domain", "SalesCrm.Web" })
        {
            foreach (var file in SourceTree.Files(project, "*.cs").Concat(SourceTree.Files(project, "*.razor")))
            {
                var path = Path.GetRelativePath(SourceTree.Root.FullName, file.FullName).Replace('\\', '/');
                if (path.Contains("/Migrations/", StringComparison.Ordinal))
                {
                    continue;
                }

                offences.AddRange(Offences(path, File.ReadAllLines(file.FullName)));
            }
        }

        Assert.True(offences.Count == 0, "CAL-1: take days and local times from CompanyCalendar:\n" + string.Join('\n', offences));
    }

    [Theory]
    [InlineData("@context.At.ToLocalTime().ToString(\"yyyy-MM-dd\")")]
    [InlineData("var zone = TimeZoneInfo.Local;")]
    [InlineData("var now = time.GetLocalNow();")]
    [InlineData("var now = DateTime.Now;")]
    [InlineData("var now = DateTimeOffset.UtcNow;")]
    [InlineData("var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);")]
    [InlineData("DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);")]
    [InlineData("var today = DateOnly.FromDateTime(now.UtcDateTime);")]
    [InlineData("var year = now.UtcDateTime.Year;")]
    [InlineData("var today = time.GetUtcNow().UtcDateTime.Date;")]
    public void CAL1_TheGuard_CatchesEachWayOfTakingADayOutsideTheCalendar(string line)
    {
        Assert.Single(Offences("SalesCrm.Web/Features/Any/AnyService.cs", [line]));
    }

    [Theory]
    [InlineData("var today = calendar.Today(time);")]
    [InlineData("ArgumentOutOfRangeException.ThrowIfLessThan(lateAfter, TimeSpan.Zero);")]
    [InlineData("/// <summary>Never <c>ToLocalTime()</c>.</summary>")]
    [InlineData("<dd>@Calendar.ShowMinute(c.DraftedAt)</dd>")]
    public void CAL1_TheGuard_LetsTheCalendarAndUnrelatedCodeThrough(string line)
    {
        Assert.Empty(Offences("SalesCrm.Web/Features/Any/AnyService.cs", [line]));
    }

    private static IEnumerable<string> Offences(string path, string[] lines)
    {
        var allowed = Allowed.GetValueOrDefault(path, []);
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i].TrimStart();
            if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith("@*", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (name, pattern) in Rules)
            {
                if (!allowed.Contains(name) && pattern.IsMatch(code))
                {
                    yield return $"{path}:{i + 1}: {name}: {code}";
                }
            }
        }
    }

    [GeneratedRegex(@"\.ToLocalTime\(\)")]
    private static partial Regex LocalTime();

    [GeneratedRegex(@"\bTimeZoneInfo\.Local\b")]
    private static partial Regex ServerZone();

    [GeneratedRegex(@"\.GetLocalNow\(\)")]
    private static partial Regex LocalNow();

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex SystemClock();

    /// <summary>A midnight built in UTC: <c>new DateTimeOffset(…, TimeSpan.Zero)</c> or <c>new(…, TimeSpan.Zero)</c>.</summary>
    [GeneratedRegex(@"\bnew\s*(DateTimeOffset)?\s*\(.*TimeSpan\.Zero\s*\)")]
    private static partial Regex UtcDayBoundary();

    /// <summary>A day taken from the UTC clock: <c>DateOnly.FromDateTime(x.UtcDateTime)</c> or <c>x.UtcDateTime.Year/Month/Day/Date</c>.</summary>
    [GeneratedRegex(@"DateOnly\.FromDateTime\([^;]*\.UtcDateTime\)|\.UtcDateTime\.(Year|Month|Day|Date|DayOfWeek)\b")]
    private static partial Regex UtcDate();
}
