using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Complaints;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Data.Protection;

/// <summary>
/// SEC-4 for a database from before complaint contact details and issued PDFs were encrypted: encrypts both in place
/// and masks the contact details its audit trail recorded, once, in one transaction, before the app serves (their
/// converters refuse clear text, so reading them first would fail). A migration cannot do it: its SQL never has the key.
/// </summary>
internal sealed class ClearTextUpgrade(CrmDbContext db, TimeProvider time, ILogger<ClearTextUpgrade> logger)
{
    public const string Id = "SEC-4: complaint contact details and issued PDFs encrypted";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (await db.DataUpgrades.AnyAsync(u => u.Id == Id, cancellationToken))
        {
            return;
        }

        // A second server upgrading at the same moment fails on the marker's key and rolls back its own copy.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contacts = await db.Database.SqlQueryRaw<StoredText>("SELECT Id, ContactDetails AS Value FROM ServiceRequests WHERE ContactDetails IS NOT NULL")
            .ToListAsync(cancellationToken);
        foreach (var clear in contacts)
        {
            await db.ServiceRequests.Where(r => r.Id == clear.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ContactDetails, clear.Value), cancellationToken);
        }

        // One PDF at a time: together they may not fit in memory.
        var pdfs = await db.IssuedContractPdfs.Select(p => p.ContractId).ToListAsync(cancellationToken);
        foreach (var id in pdfs)
        {
            var clear = await db.Database.SqlQueryRaw<StoredBytes>("SELECT ContractId AS Id, Content AS Value FROM IssuedContractPdfs")
                .Where(p => p.Id == id).Select(p => p.Value).SingleAsync(cancellationToken);
            await db.IssuedContractPdfs.Where(p => p.ContractId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Content, clear), cancellationToken);
        }

        var audited = await db.AuditEntries.Where(a => a.EntityType == nameof(ServiceRequest) && a.Field == nameof(ServiceRequest.ContactDetails)).ToListAsync(cancellationToken);
        foreach (var entry in audited)
        {
            entry.OldValue = entry.OldValue is null ? null : ServiceRequest.MaskContactDetails(entry.OldValue);
            entry.NewValue = entry.NewValue is null ? null : ServiceRequest.MaskContactDetails(entry.NewValue);
        }

        db.DataUpgrades.Add(new DataUpgrade { Id = Id, AppliedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.ClearTextEncrypted(contacts.Count, pdfs.Count, audited.Count);
    }

    private sealed record StoredText(Guid Id, string Value);

    private sealed record StoredBytes(Guid Id, byte[] Value);
}
