namespace SalesCrm.Web.Features.Admin;

/// <summary>What an administration command did: field errors to show next to the inputs, or a value (a new password).</summary>
public sealed record AdminResult(IReadOnlyDictionary<string, string> Errors, string? Value = null)
{
    public static AdminResult Ok(string? value = null) => new(new Dictionary<string, string>(), value);

    public static AdminResult Error(string field, string message) => new(new Dictionary<string, string> { [field] = message });

    public bool Succeeded => Errors.Count == 0;
}
