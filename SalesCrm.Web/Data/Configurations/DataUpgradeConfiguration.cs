using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class DataUpgradeConfiguration : IEntityTypeConfiguration<DataUpgrade>
{
    public void Configure(EntityTypeBuilder<DataUpgrade> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasMaxLength(DataUpgrade.IdMaxLength);
    }
}
