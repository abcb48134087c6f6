using System.Globalization;
using System.Text.Json;

namespace SalesCrm.Web.Localization;

/// <summary>
/// The text catalogue: English and 简体中文, one JSON file each under Resources/. A key missing in the user's language
/// falls back to English, then to the key itself (which a test catches). Reads <see cref="CultureInfo.CurrentUICulture"/>,
/// which request localisation sets from the language cookie for the page and its circuit.
/// </summary>
public sealed class Texts
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-Hans";
    public static readonly IReadOnlyList<string> Languages = [English, SimplifiedChinese];

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _catalogues;

    public Texts()
    {
        _catalogues = Languages.ToDictionary(l => l, Load, StringComparer.Ordinal);
    }

    public string this[string key] => Lookup(key);

    public string this[string key, params object?[] args] => string.Format(CultureInfo.CurrentCulture, Lookup(key), args);

    public string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Lookup($"{typeof(TEnum).Name}.{value}");

    public string Of<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Of(v) : string.Empty;

    /// <summary>The catalogue's text for <paramref name="key"/>, or <paramref name="fallback"/> (e.g. a domain message) when there is none.</summary>
    public string Or(string key, string fallback)
    {
        var text = Lookup(key);
        return text == key ? fallback : text;
    }

    public IReadOnlyDictionary<string, string> Catalogue(string language) => _catalogues[language];

    public static string LanguageOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? SimplifiedChinese : English;
    }

    private string Lookup(string key)
    {
        var language = LanguageOf(CultureInfo.CurrentUICulture);
        return _catalogues[language].TryGetValue(key, out var text) || _catalogues[English].TryGetValue(key, out text) ? text : key;
    }

    private static IReadOnlyDictionary<string, string> Load(string language)
    {
        var name = $"SalesCrm.Web.Resources.texts.{language}.json";
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The text catalogue {name} is not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}
