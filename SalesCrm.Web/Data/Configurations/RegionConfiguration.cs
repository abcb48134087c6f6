using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Name).HasMaxLength(Region.NameMaxLength).IsRequired();
        builder.HasIndex(r => r.Name).IsUnique();
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.SalesManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
