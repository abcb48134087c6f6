using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class LostReasonConfiguration : IEntityTypeConfiguration<LostReason>
{
    public void Configure(EntityTypeBuilder<LostReason> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.NameEn).HasMaxLength(LostReason.NameMaxLength).IsRequired();
        builder.Property(r => r.NameZh).HasMaxLength(LostReason.NameMaxLength).IsRequired();
    }
}
