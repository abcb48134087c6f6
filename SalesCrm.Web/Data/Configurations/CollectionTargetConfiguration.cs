using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class CollectionTargetConfiguration : IEntityTypeConfiguration<CollectionTarget>
{
    public void Configure(EntityTypeBuilder<CollectionTarget> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.Amount).HasPrecision(18, Money.Decimals);
        builder.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(t => t.CollectorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(t => t.SetById).OnDelete(DeleteBehavior.Restrict);

        // AR-2: one target per collector and month; two managers setting it at once cannot make two.
        builder.HasIndex(t => new { t.CollectorId, t.Month }).IsUnique();
    }
}
