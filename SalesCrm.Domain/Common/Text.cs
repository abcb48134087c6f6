namespace SalesCrm.Domain.Common;

/// <summary>Input clean-up shared by all aggregates: trimmed, empty becomes null, length checked by the caller.</summary>
public static class Text
{
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public static FieldError? TooLong(string? value, int max) =>
        value is not null && value.Length > max
            ? new FieldError("Field.TooLong", $"At most {max} characters.")
            : null;
}
