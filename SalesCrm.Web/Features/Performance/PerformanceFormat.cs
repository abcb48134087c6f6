using System.Globalization;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Localization;
using MudBlazor;

namespace SalesCrm.Web.Features.Performance;

/// <summary>How the performance page reads a period, an amount, an attainment and a grade (KPI-2/KPI-3).</summary>
public static class PerformanceFormat
{
    /// <summary>"March 2026" / "2026年3月", "Q1 2026" / "2026年第1季度", "2026" / "2026年".</summary>
    public static string Label(Texts texts, Period period)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Month => texts["Performance.PeriodMonth", period.FirstDay.ToDateTime(TimeOnly.MinValue)],
            PeriodKind.Quarter => texts["Performance.PeriodQuarter", period.Year, period.Number],
            _ => texts["Performance.PeriodYear", period.Year],
        };
    }

    /// <summary>"CNY 1,280,000": whole yuan, as targets are set.</summary>
    public static string Amount(decimal amount) => $"{Money.DefaultCurrency} {Number(amount)}";

    public static string Number(decimal value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"128%", or "—" where there is no target to measure against.</summary>
    public static string Percent(decimal? percent) => percent is { } p ? $"{p.ToString("0.#", CultureInfo.CurrentCulture)}%" : "—";

    /// <summary>The share a progress bar fills: the attainment, capped at a full bar.</summary>
    public static double Bar(decimal? percent) => (double)Math.Clamp(percent ?? 0m, 0m, 100m);

    public static Color BarColor(decimal? percent) => percent >= 100m ? Color.Success : Color.Primary;

    /// <summary>An axis label short enough for a phone: "1.3M" in English, "128万" in Chinese.</summary>
    public static string Compact(Texts texts, double value)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (value == 0)
        {
            return "0";
        }

        return Texts.LanguageOf(CultureInfo.CurrentUICulture) == Texts.SimplifiedChinese
            ? texts["Performance.TenThousands", value / 10_000]
            : texts["Performance.Millions", value / 1_000_000];
    }

    public static string GradeText(Texts texts, Grade grade)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return grade switch
        {
            Grade.Excellent => texts["Performance.Grade.Excellent"],
            Grade.Good => texts["Performance.Grade.Good"],
            Grade.Pass => texts["Performance.Grade.Pass"],
            _ => texts["Performance.Grade.Fail"],
        };
    }

    public static Color GradeColor(Grade grade) => grade switch
    {
        Grade.Excellent => Color.Success,
        Grade.Good => Color.Info,
        Grade.Pass => Color.Warning,
        _ => Color.Error,
    };
}
