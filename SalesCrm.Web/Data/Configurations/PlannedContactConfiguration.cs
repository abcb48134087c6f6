using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class PlannedContactConfiguration : IEntityTypeConfiguration<PlannedContact>
{
    public void Configure(EntityTypeBuilder<PlannedContact> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PurposeText).HasMaxLength(PlannedContact.PurposeTextMaxLength).IsRequired();
        builder.Ignore(p => p.IsOpen);
        builder.Ignore(p => p.IsRequestedVisit);

        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(p => p.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(p => p.PlannedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ContactLog>().WithMany().HasForeignKey(p => p.ContactLogId).OnDelete(DeleteBehavior.Restrict);

        // VIS-3: a person's open agenda by day; a customer's next planned contact.
        builder.HasIndex(p => new { p.AssigneeId, p.Status, p.DueOn });
        builder.HasIndex(p => new { p.CustomerId, p.Status, p.DueOn });
    }
}
