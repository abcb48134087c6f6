using System.Globalization;

namespace SalesCrm.Tests.Web.Faults;

/// <summary>
/// Issue 17 §8: the hostile values every form is fed. Theories name them by key, since xunit's theory data turns a lone
/// surrogate into U+FFFD before the test sees it; amounts are strings so decimal.MaxValue survives without a double.
/// </summary>
internal static class HostileInput
{
    /// <summary>A megabyte of text: refused by its length before anything else reads it.</summary>
    private static readonly string Megabyte = new('x', 1024 * 1024);

    public const string Script = "<script>alert('x')</script> & <b>bold</b>";

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["NUL"] = "Acme\0Trading",
        ["ESC"] = "Acme \u001B[2J Trading",
        ["RLO"] = "Acme \u202Egnidart\u202C",
        ["lone high surrogate"] = "Acme \uD800 Trading",
        ["lone low surrogate"] = "Acme \uDC00",
        ["1 MB"] = Megabyte,
    };

    /// <summary>Text that no field may store, by key, and the code that refuses it.</summary>
    public static TheoryData<string, string> RefusedTexts() => new()
    {
        { "NUL", "Field.ControlCharacters" },
        { "ESC", "Field.ControlCharacters" },
        { "RLO", "Field.ControlCharacters" },
        { "lone high surrogate", "Field.BrokenCharacter" },
        { "lone low surrogate", "Field.BrokenCharacter" },
        { "1 MB", "Field.TooLong" },
    };

    public static string Text(string key) => Texts[key];

    public static decimal Amount(string amount) => decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture);
}
