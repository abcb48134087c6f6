using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class SigningCreditConfiguration : IEntityTypeConfiguration<SigningCredit>
{
    public void Configure(EntityTypeBuilder<SigningCredit> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ContractNumber).HasMaxLength(Contract.NumberMaxLength);
        builder.Property(c => c.Amount).HasPrecision(18, Money.Decimals);
        builder.Ignore(c => c.IsCounted);
        builder.HasOne<Contract>().WithMany().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Cascade);

        // One credit per signed contract version.
        builder.HasIndex(c => c.ContractId).IsUnique();
        builder.HasIndex(c => c.ContractNumber);
        builder.HasIndex(c => c.CustomerId);

        // KPI-2: a rep's, a region's and the company's figures of a period are range scans over the signing day. Each
        // index also carries what the figures read (void, amount, first signing), so a scorecard never visits the table.
        builder.HasIndex(c => new { c.RepId, c.SignedOn, c.VoidedAt, c.Amount, c.FirstForCustomer });
        builder.HasIndex(c => new { c.RegionId, c.SignedOn, c.VoidedAt, c.Amount, c.FirstForCustomer });
        builder.HasIndex(c => new { c.SignedOn, c.VoidedAt, c.RegionId, c.Amount, c.FirstForCustomer });
    }
}
