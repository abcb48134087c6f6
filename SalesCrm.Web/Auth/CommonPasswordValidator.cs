using Microsoft.AspNetCore.Identity;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-2 (ASVS V6.2.4, NIST 800-63B): a password is refused when it is one of the 30,000 most common ones
/// (<c>Resources/common-passwords.txt</c>), or is one with decoration around it — case, and digits and symbols at the
/// ends, do not make "Password#2026" or "!!Qwerty123" any harder to guess. The composition rules stay Identity's.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CrmUser>
{
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<CrmUser> manager, CrmUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "This password is one of the most common ones. Choose one that is harder to guess." })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        var core = lower.Trim().TrimStart(Decoration).TrimEnd(Decoration);
        return Common.Value.Contains(lower) || (core.Length >= 4 && Common.Value.Contains(core));
    }

    private static readonly char[] Decoration = [.. "0123456789!@#$%^&*()-_=+.,;:?~`'\"[]{}<>/\\| "];

    private static HashSet<string> Load()
    {
        const string name = "SalesCrm.Web.Resources.common-passwords.txt";
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The common password list {name} is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
