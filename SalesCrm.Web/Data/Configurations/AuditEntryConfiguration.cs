using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(50).IsRequired();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Field).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.Property(a => a.OldValue).HasMaxLength(4000);
        builder.Property(a => a.NewValue).HasMaxLength(4000);
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.Id });

        // SEC-3: the Exports page pages through one action's entries, newest first, among every field change ever made.
        builder.HasIndex(a => new { a.Action, a.Id });
    }
}
