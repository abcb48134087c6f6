using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet
/// (no I, O, S, V, Z); the last is a check character over the first 17 (weights 3^i mod 31). A hard key for OWN-2.
/// </summary>
public sealed record Uscc
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private Uscc(string value) => Value = value;

    public string Value { get; }

    /// <summary>Upper-cases, drops spaces and full-width forms a user may paste, then checks.</summary>
    public static string Normalise(string input) =>
        new(Text.WithBrokenCharactersReplaced(input).Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))
            .Select(char.ToUpperInvariant).ToArray());

    public static FieldError? Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        // Spaces a user types between the groups may make the input longer than 18, so only its characters are checked here.
        if (Text.Check(input, int.MaxValue) is { } refused)
        {
            return refused;
        }

        var value = Normalise(input);
        if (value.Length != Length)
        {
            return new FieldError("Uscc.Length", "A unified social credit code has exactly 18 characters.");
        }

        if (value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return new FieldError("Uscc.Characters", "A unified social credit code uses only digits and capital letters other than I, O, S, V and Z.");
        }

        return value[17] == CheckCharacter(value)
            ? null
            : new FieldError("Uscc.Checksum", "This unified social credit code is not valid: its check character does not match. Please check for a typing error.");
    }

    /// <summary>Returns the code, or null for empty input; throws <see cref="DomainException"/> when invalid.</summary>
    public static Uscc? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var error = Validate(input);
        return error is null ? new Uscc(Normalise(input)) : throw new DomainException(error.Code, error.Message);
    }

    /// <summary>Rebuilds a code already validated when it was stored.</summary>
    public static Uscc FromStored(string value) => new(value);

    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    public override string ToString() => Value;
}
