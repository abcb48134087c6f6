namespace SalesCrm.Domain.Common;

/// <summary>Input clean-up shared by all aggregates: trimmed, empty becomes null, checked by the caller with <see cref="Check"/>.</summary>
public static class Text
{
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>
    /// Why a typed text cannot be stored as it is, or null. The length is checked first, so a megabyte of text is
    /// refused without reading it. Markup such as <c>&lt;script&gt;</c> is kept as typed (pages encode it); what is
    /// refused is what a reader cannot see or what no page, PDF or file can carry: control characters other than tab and
    /// line breaks, the bidirectional overrides and isolates that reorder what is shown (U+202A–U+202E, U+2066–U+2069),
    /// and half of a UTF-16 surrogate pair.
    /// </summary>
    public static FieldError? Check(string? value, int max)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > max)
        {
            return new FieldError("Field.TooLong", $"At most {max} characters.");
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new FieldError("Field.BrokenCharacter", "This text holds a broken character (half of an emoji or rare character): retype it.");
            }
            else if (IsInvisibleControl(c))
            {
                return new FieldError("Field.ControlCharacters", "Remove the invisible control characters from this text.");
            }
        }

        return null;
    }

    /// <summary>A text the user must give (a reason, a decision): cleaned and <see cref="Check"/>ed, or refused on <paramref name="field"/>.</summary>
    public static string Required(string? value, int maxLength, string field, string code, string message)
    {
        var clean = Clean(value);
        if (clean is null)
        {
            throw new DomainValidationException([new ValidationError(field, code, message)]);
        }

        if (Check(clean, maxLength) is { } refused)
        {
            throw new DomainValidationException([new ValidationError(field, refused.Code, refused.Message)]);
        }

        return clean;
    }

    /// <summary>
    /// <paramref name="value"/> with each half of a surrogate pair replaced by U+FFFD, so that it can be normalised
    /// (<see cref="string.Normalize()"/> throws on one). For match keys and look-ups of text that may not have been
    /// <see cref="Check"/>ed yet, such as what is being typed; never for text that is stored.
    /// </summary>
    internal static string WithBrokenCharactersReplaced(string value)
    {
        char[]? repaired = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                repaired ??= value.ToCharArray();
                repaired[i] = '\uFFFD';
            }
        }

        return repaired is null ? value : new string(repaired);
    }

    private static bool IsInvisibleControl(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
