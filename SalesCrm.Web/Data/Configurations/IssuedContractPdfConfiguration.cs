using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Contracts;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class IssuedContractPdfConfiguration : IEntityTypeConfiguration<IssuedContractPdf>
{
    public void Configure(EntityTypeBuilder<IssuedContractPdf> builder)
    {
        // CON-4: one issued PDF per signed contract version, in its own table so reading a contract never loads it.
        builder.HasKey(p => p.ContractId);
        builder.Property(p => p.Content).IsRequired();
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasOne<Contract>().WithOne().HasForeignKey<IssuedContractPdf>(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
