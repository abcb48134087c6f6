using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class TargetTalkConfiguration : IEntityTypeConfiguration<TargetTalk>
{
    public void Configure(EntityTypeBuilder<TargetTalk> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.AgreedTarget).HasPrecision(18, Money.Decimals);
        builder.Property(t => t.Notes).HasMaxLength(TargetTalk.NotesMaxLength);
        builder.Ignore(t => t.Period);
        builder.Ignore(t => t.IsAcknowledged);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(t => t.HeldById).OnDelete(DeleteBehavior.Restrict);

        // KPI-1: one talk per person and month.
        builder.HasIndex(t => new { t.PersonId, t.Year, t.Month }).IsUnique();
        builder.HasIndex(t => new { t.RegionId, t.Year, t.Month });
    }
}
