using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Tests.Web.Contracts;

/// <summary>SEC-4 with CON-4: the PDF issued at signing names the buyer's contact, so it is kept encrypted; what the parties received is unchanged.</summary>
public sealed class IssuedPdfEncryptionTests : IAsyncLifetime
{
    private ContractScenario _scenario = default!;

    public async Task InitializeAsync() =>
        _scenario = await ContractScenario.CreateAsync(new CustomerBuilder().WithContact("王经理", "138 0013 8000", "wang@example.cn"));

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task SEC4_AnIssuedPdf_IsStoredEncrypted_AndDownloadsAsThePlainPdfWhoseSha256TheContractShows()
    {
        var id = await _scenario.SignedContractAsync();

        await using var db = _scenario.Database.CreateContext();
        var stored = await db.Database.SqlQueryRaw<byte[]>("SELECT Content AS Value FROM IssuedContractPdfs").SingleAsync();
        var contract = (await _scenario.RepContracts.GetAsync(id))!.Contract;
        var download = (await _scenario.RepContracts.PdfAsync(id))!;

        Assert.True(stored.AsSpan().StartsWith(ContactProtector.BinaryHeader), "The stored PDF is not encrypted.");
        Assert.Contains("138 0013 8000", string.Concat(PdfText.Pages(download.Content)), StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(download.Content)), contract.IssuedPdfSha256);
        Assert.Equal(contract.IssuedPdfSha256, download.Sha256);
    }

    [Fact]
    public async Task SEC4_AnIssuedPdfReplacedInTheDatabase_IsRefusedRatherThanServed()
    {
        var id = await _scenario.SignedContractAsync();
        await using (var db = _scenario.Database.CreateContext())
        {
            var forged = "%PDF-1.7 a contract nobody signed"u8.ToArray();
            await db.Database.ExecuteSqlAsync($"UPDATE IssuedContractPdfs SET Content = {forged}");
        }

        await Assert.ThrowsAnyAsync<CryptographicException>(() => _scenario.RepContracts.PdfAsync(id));
    }
}
