using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class OwnershipDisputeConfiguration : IEntityTypeConfiguration<OwnershipDispute>
{
    public void Configure(EntityTypeBuilder<OwnershipDispute> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.CompanyName).HasMaxLength(Collision.TypedNameMaxLength).IsRequired();
        builder.Property(d => d.EvidenceKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Evidence).HasMaxLength(OwnershipDispute.EvidenceMaxLength).IsRequired();
        builder.Property(d => d.Decision).HasMaxLength(OwnershipDispute.DecisionMaxLength);

        // Two managers deciding at once: the update only applies while the dispute is still open.
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Collision>().WithMany().HasForeignKey(d => d.CollisionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(d => new { d.OwnerRegionId, d.Status, d.OpenedAt });
        builder.HasIndex(d => new { d.ClaimantRegionId, d.OpenedAt });
        builder.HasIndex(d => new { d.ClaimantId, d.CustomerId });
    }
}
