using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Notifications;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Subject).HasMaxLength(Notification.ArgumentMaxLength).IsRequired();
        builder.Property(n => n.Detail).HasMaxLength(Notification.ArgumentMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength).IsRequired();
        builder.Ignore(n => n.IsRead);
        builder.HasOne<Auth.CrmUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt });
    }
}
