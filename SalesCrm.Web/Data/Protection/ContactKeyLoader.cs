using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Data.Protection;

/// <summary>Loads (or, in Development only, creates) the SEC-4 master key and fails the start with a clear message otherwise.</summary>
public static class ContactKeyLoader
{
    public static byte[] Load(ContactProtectionOptions options, IHostEnvironment environment, string defaultKeyFile)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return Decode(options.Key, "ContactProtection:Key");
        }

        var file = string.IsNullOrWhiteSpace(options.KeyFile) ? defaultKeyFile : options.KeyFile;
        if (File.Exists(file))
        {
            return Decode(File.ReadAllText(file).Trim(), file);
        }

        if (!environment.IsDevelopment())
        {
            throw new OptionsValidationException(ContactProtectionOptions.Section, typeof(ContactProtectionOptions),
                [$"No contact protection key: set ContactProtection:Key (base64, 32 bytes) or ContactProtection:KeyFile (missing: {file})."]);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var key = ContactProtector.NewKey();
        File.WriteAllText(file, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    private static byte[] Decode(string base64, string source)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            if (key.Length == 32)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new OptionsValidationException(ContactProtectionOptions.Section, typeof(ContactProtectionOptions),
            [$"The contact protection key from {source} must be 32 bytes, base64-encoded."]);
    }
}
