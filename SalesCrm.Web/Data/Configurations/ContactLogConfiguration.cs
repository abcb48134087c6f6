using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class ContactLogConfiguration : IEntityTypeConfiguration<ContactLog>
{
    public void Configure(EntityTypeBuilder<ContactLog> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Participants).HasMaxLength(ContactLog.ParticipantsMaxLength).IsRequired();
        builder.Property(l => l.Notes).HasMaxLength(ContactLog.NotesMaxLength).IsRequired();
        builder.Property(l => l.Outcome).HasMaxLength(ContactLog.OutcomeMaxLength);
        builder.Property(l => l.NextStep).HasMaxLength(ContactLog.NextStepMaxLength);
        builder.Ignore(l => l.HasLowScore);
        builder.Ignore(l => l.LockedFrom);

        // VIS-2: the versions an edit after 24 hours replaced are read with the record, so they are kept as JSON.
        builder.OwnsMany(l => l.Versions, versions =>
        {
            versions.ToJson();
            versions.Property(v => v.Kind).HasConversion<string>();
            versions.Property(v => v.Purpose).HasConversion<string>();
        });
        builder.Navigation(l => l.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Customer>().WithMany().HasForeignKey(l => l.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(l => l.AuthorId).OnDelete(DeleteBehavior.Restrict);

        // CUS-2: a customer's contacts newest first; TIER-3: visits by author in a quarter; late entries for managers.
        builder.HasIndex(l => new { l.CustomerId, l.OccurredAt });
        builder.HasIndex(l => new { l.AuthorId, l.OccurredAt });

        // TIER-3/KPI-2: a customer's on-site visits in a quarter and who made them, counted from the index alone.
        builder.HasIndex(l => new { l.CustomerId, l.Kind, l.OccurredAt, l.AuthorId });
        builder.HasIndex(l => new { l.IsLateEntry, l.EnteredAt });
    }
}
