using System.Security.Cryptography;
using System.Text;

namespace SalesCrm.Web.Data.Protection;

/// <summary>
/// SEC-4: encrypts contacts' phone numbers and e-mail addresses (AES-256-GCM, a fresh nonce per value) and computes
/// keyed hashes (HMAC-SHA256) of their normalised forms, so lookups and duplicate matching never decrypt. Both keys
/// are derived from one master key that lives outside the database (configuration or a key file).
/// </summary>
public sealed class ContactProtector
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public ContactProtector(byte[] masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        if (masterKey.Length != 32)
        {
            throw new ArgumentException("The contact protection key must be 32 bytes (256 bits).", nameof(masterKey));
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "SalesCrm contact encryption v1"u8.ToArray());
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "SalesCrm contact match keys v1"u8.ToArray());
        KeyId = Convert.ToHexString(SHA256.HashData(_hashKey))[..16];
    }

    /// <summary>Identifies the key without revealing it (the EF model caches converters per key).</summary>
    public string KeyId { get; }

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public string Protect(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var buffer = new byte[NonceSize + plainBytes.Length + TagSize];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plainBytes, buffer.AsSpan(NonceSize, plainBytes.Length), buffer.AsSpan(NonceSize + plainBytes.Length));
        return Prefix + Convert.ToBase64String(buffer);
    }

    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("The stored value is not an encrypted contact field.");
        }

        var buffer = Convert.FromBase64String(stored[Prefix.Length..]);
        var length = buffer.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize, length), buffer.AsSpan(NonceSize + length), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>A keyed hash of an already normalised value; <paramref name="kind"/> keeps phone and e-mail hashes apart.</summary>
    public string Hash(string kind, string normalised)
    {
        var hash = HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(kind + ":" + normalised));
        return Convert.ToBase64String(hash);
    }
}
