using System.Globalization;
using System.Text;
using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Ownership;

/// <summary>
/// OWN-2: the form of a company name that decides "same customer". Two names with the same key are one company:
/// full-width and half-width forms agree (ＡＢＣ（上海） = ABC(上海)), case does not matter, traditional characters
/// count as simplified (華為 = 华为), spaces and punctuation are ignored, and legal-form and filler words are dropped
/// in Chinese (有限公司, 股份有限公司, 有限责任公司, 集团, ...) and English (Co., Ltd., Limited, Inc., Corp., LLC, GmbH, ...).
/// </summary>
public static class CompanyNameKey
{
    // Longest first, so 股份有限公司 is removed whole rather than leaving 股份.
    private static readonly string[] ChineseForms =
    [
        "股份有限公司", "有限责任公司", "集团有限公司", "控股有限公司", "有限公司", "责任公司", "股份公司", "集团公司", "控股集团", "集团", "公司",
    ];

    private static readonly HashSet<string> EnglishForms = new(StringComparer.Ordinal)
    {
        "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "llp", "plc", "gmbh",
        "ag", "sa", "bv", "pte", "pty", "group", "holding", "holdings", "the",
    };

    /// <summary>The match key; empty when nothing but legal forms and punctuation was typed.</summary>
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Dots join rather than separate, so L.L.C. and Co. read as the words llc and co.
        var text = ChineseScript.ToSimplified(Text.WithBrokenCharactersReplaced(name).Normalize(NormalizationForm.FormKC)).ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal);
        var words = new StringBuilder(text.Length);
        foreach (var word in Words(text))
        {
            if (!(IsLatin(word) && EnglishForms.Contains(word)))
            {
                words.Append(word);
            }
        }

        return StripChineseForms(words.ToString());
    }

    /// <summary>Runs of letters and digits; a CJK run stays one word (its forms are stripped afterwards).</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter)
            {
                if (word.Length > 0 && IsLatinChar(word[^1]) != IsLatinChar(c))
                {
                    yield return word.ToString();
                    word.Clear();
                }

                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static string StripChineseForms(string key)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var form in ChineseForms)
            {
                if (key.Length > form.Length && key.EndsWith(form, StringComparison.Ordinal))
                {
                    key = key[..^form.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return key;
    }

    private static bool IsLatin(string word) => word.All(IsLatinChar);

    private static bool IsLatinChar(char c) => c < 0x0250;
}
