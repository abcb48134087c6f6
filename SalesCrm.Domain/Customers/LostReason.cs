using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// CUS-3: an entry of the managed list of reasons a customer is lost, named in English and Chinese so the churn
/// analysis (流失客户分析表, 003 §8.3.7) groups by it in either language. An entry in use is deactivated, never deleted,
/// so lost customers keep their reason; an inactive entry is no longer offered.
/// </summary>
public sealed class LostReason : AggregateRoot
{
    public const int NameMaxLength = 100;

    private LostReason()
    {
        NameEn = string.Empty;
        NameZh = string.Empty;
    }

    public string NameEn { get; private set; }
    public string NameZh { get; private set; }
    public bool IsActive { get; private set; }

    public static LostReason Create(string? nameEn, string? nameZh)
    {
        var reason = new LostReason { IsActive = true };
        reason.Rename(nameEn, nameZh);
        return reason;
    }

    public void Rename(string? nameEn, string? nameZh)
    {
        var errors = new ValidationErrors();
        var en = Name(errors, nameof(NameEn), nameEn, "Enter the reason in English.");
        var zh = Name(errors, nameof(NameZh), nameZh, "Enter the reason in Chinese.");
        errors.ThrowIfAny();
        NameEn = en!;
        NameZh = zh!;
    }

    /// <summary>No longer offered when marking a customer lost; customers lost for it keep it.</summary>
    public void Deactivate() => IsActive = false;

    private static string? Name(ValidationErrors errors, string field, string? value, string message)
    {
        var clean = Text.Clean(value);
        if (clean is null)
        {
            errors.Add(field, "LostReason.NameRequired", message);
        }

        errors.AddIf(field, Text.Check(clean, NameMaxLength));
        return clean;
    }
}
