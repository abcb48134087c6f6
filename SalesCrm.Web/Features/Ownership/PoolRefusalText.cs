using System.Globalization;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Ownership;

public static class PoolRefusalText
{
    /// <summary>OWN-6: the refusal in the user's language, with its rule's limit and the day it lifts; the English message when the catalogue has no text.</summary>
    public static string Explain(this Texts texts, PoolRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(refusal);
        var text = texts.Or(refusal.Code, refusal.Message);
        return ReferenceEquals(text, refusal.Message) ? text : string.Format(CultureInfo.CurrentCulture, text, [.. refusal.Arguments]);
    }
}
