using System.Security.Cryptography;

namespace SalesCrm.Domain.Contracts;

/// <summary>
/// CON-4: the PDF issued when a contract is signed, kept byte for byte with its SHA-256. Later downloads of the signed
/// contract return exactly these bytes, so what the parties signed can always be shown and checked.
/// </summary>
public sealed class IssuedContractPdf
{
    private IssuedContractPdf()
    {
        Content = [];
        Sha256 = string.Empty;
    }

    public Guid ContractId { get; private set; }
    public byte[] Content { get; private set; }

    /// <summary>Lower-case hex, as <see cref="Contract.IssuedPdfSha256"/> keeps it.</summary>
    public string Sha256 { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public static IssuedContractPdf Issue(Guid contractId, byte[] content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ArgumentException("An issued PDF has content.", nameof(content));
        }

        return new IssuedContractPdf { ContractId = contractId, Content = content.ToArray(), Sha256 = HashOf(content), IssuedAt = now };
    }

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
