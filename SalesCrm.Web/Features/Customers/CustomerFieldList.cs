using System.Globalization;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Customers;

/// <summary>A customer's fields as label/value pairs in the user's language: the overview and the conflict dialog show the same list.</summary>
public static class CustomerFieldList
{
    public static IReadOnlyList<(string Label, string Value)> For(CustomerFormModel model, Texts t)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(t);
        return
        [
            (t["Customer.Name"], model.Name),
            (t["Customer.Uscc"], model.Uscc ?? string.Empty),
            (t["Customer.Industry"], model.Industry ?? string.Empty),
            (t["Customer.Size"], t.Of(model.Size)),
            (t["Customer.Position"], t.Of(model.Position)),
            (t["Customer.Source"], t.Of(model.Source)),
            (t["Customer.Status"], t.Of(model.Status)),
            (t["Customer.Settlement"], t.Of(model.Settlement)),
            (t["Customer.Credit"], t.Of(model.Credit)),
            (t["Customer.Address"], model.Address ?? string.Empty),
            (t["Customer.Needs"], model.Needs ?? string.Empty),
            (t["Customer.Preferences"], model.Preferences ?? string.Empty),
            (t["Customer.Contacts"], string.Join("; ", model.Contacts.Select(Describe))),
        ];
    }

    private static string Describe(ContactFormModel contact) =>
        string.Join(" · ", new[] { contact.Name, contact.Title, contact.Phone, contact.Email, contact.Birthday?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Where(v => !string.IsNullOrWhiteSpace(v)));
}
