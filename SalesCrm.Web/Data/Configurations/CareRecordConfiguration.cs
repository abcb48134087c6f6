using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Care;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class CareRecordConfiguration : IEntityTypeConfiguration<CareRecord>
{
    public void Configure(EntityTypeBuilder<CareRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Note).HasMaxLength(CareRecord.NoteMaxLength).IsRequired();
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.ById).OnDelete(DeleteBehavior.Restrict);

        // CUS-4: when a customer last got personal care.
        builder.HasIndex(r => new { r.CustomerId, r.At });
    }
}
