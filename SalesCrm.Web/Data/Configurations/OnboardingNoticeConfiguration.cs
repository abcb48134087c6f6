using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class OnboardingNoticeConfiguration : IEntityTypeConfiguration<OnboardingNotice>
{
    public void Configure(EntityTypeBuilder<OnboardingNotice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Property(n => n.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Detail).HasMaxLength(OnboardingNotice.DetailMaxLength);
        builder.Ignore(n => n.IsFullyAcknowledged);
        builder.HasOne<Customer>().WithMany().HasForeignKey(n => n.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(n => n.CollectionAcknowledgedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(n => n.ServiceAcknowledgedById).OnDelete(DeleteBehavior.Restrict);

        // CUS-5: unacknowledged notices stand out, newest first.
        builder.HasIndex(n => n.RaisedAt);
        builder.HasIndex(n => n.CustomerId);
    }
}
