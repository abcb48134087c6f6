using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Contracts;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class IssuedContractPdfConfiguration(ContactProtector protector) : IEntityTypeConfiguration<IssuedContractPdf>
{
    /// <summary>Bound to each PDF's ciphertext, so no other protected value can stand in for one.</summary>
    public const string Purpose = "issued contract PDF";

    public void Configure(EntityTypeBuilder<IssuedContractPdf> builder)
    {
        // CON-4: one issued PDF per signed contract version, in its own table so reading a contract never loads it.
        builder.HasKey(p => p.ContractId);
        // SEC-4: the PDF names the buyer's contact with phone and e-mail, so it is kept encrypted; the SHA-256 is of the
        // plain bytes the parties received, as the contract page and the download's header show it.
        builder.Property(p => p.Content).IsRequired()
            .HasConversion(v => protector.ProtectBytes(v, Purpose), v => protector.UnprotectBytes(v, Purpose), ValueComparer.CreateDefault<byte[]>(favorStructuralComparisons: true));
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasOne<Contract>().WithOne().HasForeignKey<IssuedContractPdf>(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
