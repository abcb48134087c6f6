using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Localization;

public static class TextsExtensions
{
    /// <summary>Field errors in the user's language, joined into one message.</summary>
    public static string Message(this Texts texts, IEnumerable<FieldError>? errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return errors is null ? string.Empty : string.Join(" ", errors.Select(e => texts.Or(e.Code, e.Message)));
    }
}
