using System.Globalization;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>CUS-3: a lost reason's name in both languages; <see cref="Shown"/> is the one for the user's language.</summary>
public sealed record LostReasonName(string En, string Zh)
{
    public string Shown => Texts.LanguageOf(CultureInfo.CurrentUICulture) == Texts.SimplifiedChinese ? Zh : En;

    public override string ToString() => Shown;
}
