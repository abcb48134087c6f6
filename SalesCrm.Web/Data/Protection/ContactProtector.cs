using System.Security.Cryptography;
using System.Text;

namespace SalesCrm.Web.Data.Protection;

/// <summary>
/// SEC-4: encrypts what the database must not hold in clear — contacts' phone numbers and e-mail addresses, a
/// complaint's contact details, issued contract PDFs and the Data Protection key ring — with AES-256-GCM (a fresh nonce
/// per value, so tampering is detected), and computes keyed hashes (HMAC-SHA256) of normalised contacts, so lookups and
/// duplicate matching never decrypt. Every key is derived from one master key that lives outside the database
/// (configuration or a key file).
/// </summary>
public sealed class ContactProtector
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int MaxUtf8BytesPerChar = 3;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _binaryKey;
    private readonly byte[] _hashKey;

    public ContactProtector(byte[] masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        if (masterKey.Length != 32)
        {
            throw new ArgumentException("The contact protection key must be 32 bytes (256 bits).", nameof(masterKey));
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "SalesCrm contact encryption v1"u8.ToArray());
        _binaryKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "SalesCrm binary encryption v1"u8.ToArray());
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "SalesCrm contact match keys v1"u8.ToArray());
        KeyId = Convert.ToHexString(SHA256.HashData(_hashKey))[..16];
    }

    /// <summary>Identifies the key without revealing it (the EF model caches converters per key).</summary>
    public string KeyId { get; }

    /// <summary>Binary ciphertext starts with these bytes, which no PDF or XML does, so a value kept in clear by an earlier version is told apart.</summary>
    public static ReadOnlySpan<byte> BinaryHeader => "SCB1"u8;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    /// <summary>The longest <see cref="Protect"/> result for a text of at most <paramref name="maxLength"/> characters: a column's size.</summary>
    public static int ProtectedMaxLength(int maxLength) => Prefix.Length + (4 * (((maxLength * MaxUtf8BytesPerChar) + NonceSize + TagSize + 2) / 3));

    public string Protect(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        return Prefix + Convert.ToBase64String(Seal(_encryptionKey, Encoding.UTF8.GetBytes(plain), header: [], associatedData: []));
    }

    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("The stored value is not an encrypted contact field.");
        }

        return Encoding.UTF8.GetString(Open(_encryptionKey, Convert.FromBase64String(stored[Prefix.Length..]), associatedData: []));
    }

    /// <summary>
    /// Encrypts binary data for one <paramref name="purpose"/> (bound to the ciphertext as associated data, so a value
    /// protected for one purpose is refused for another): <see cref="BinaryHeader"/> | nonce | ciphertext | tag.
    /// </summary>
    public byte[] ProtectBytes(ReadOnlySpan<byte> plain, string purpose) => Seal(_binaryKey, plain, BinaryHeader, Encoding.UTF8.GetBytes(purpose));

    public byte[] UnprotectBytes(ReadOnlySpan<byte> stored, string purpose)
    {
        if (!stored.StartsWith(BinaryHeader))
        {
            throw new CryptographicException($"The stored value is not data encrypted for {purpose}.");
        }

        return Open(_binaryKey, stored[BinaryHeader.Length..], Encoding.UTF8.GetBytes(purpose));
    }

    /// <summary>A keyed hash of an already normalised value; <paramref name="kind"/> keeps phone and e-mail hashes apart.</summary>
    public string Hash(string kind, string normalised)
    {
        var hash = HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(kind + ":" + normalised));
        return Convert.ToBase64String(hash);
    }

    private static byte[] Seal(byte[] key, ReadOnlySpan<byte> plain, ReadOnlySpan<byte> header, ReadOnlySpan<byte> associatedData)
    {
        var buffer = new byte[header.Length + NonceSize + plain.Length + TagSize];
        header.CopyTo(buffer);
        var nonce = buffer.AsSpan(header.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, buffer.AsSpan(header.Length + NonceSize, plain.Length), buffer.AsSpan(buffer.Length - TagSize), associatedData);
        return buffer;
    }

    private static byte[] Open(byte[] key, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        var length = sealedValue.Length - NonceSize - TagSize;
        if (length < 0)
        {
            throw new CryptographicException("The stored value is too short to be encrypted data.");
        }

        var plain = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue[..NonceSize], sealedValue.Slice(NonceSize, length), sealedValue[^TagSize..], plain, associatedData);
        return plain;
    }
}
