using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class OwnershipRecordConfiguration : IEntityTypeConfiguration<OwnershipRecord>
{
    public void Configure(EntityTypeBuilder<OwnershipRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Change).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(OwnershipRecord.ReasonMaxLength);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CustomerId, r.At });

        // KPI-2: the first contacts of a period, counted by owner (or the owner's region), from the index alone.
        builder.HasIndex(r => new { r.Change, r.At, r.OwnerId });
    }
}
