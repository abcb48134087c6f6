using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class CollisionConfiguration : IEntityTypeConfiguration<Collision>
{
    public void Configure(EntityTypeBuilder<Collision> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TypedName).HasMaxLength(Collision.TypedNameMaxLength).IsRequired();
        builder.Property(c => c.MatchedOn).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OwnerRegionId, c.At });
        builder.HasIndex(c => new { c.ClaimantRegionId, c.At });
    }
}
