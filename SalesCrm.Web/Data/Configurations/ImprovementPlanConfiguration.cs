using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class ImprovementPlanConfiguration : IEntityTypeConfiguration<ImprovementPlan>
{
    public void Configure(EntityTypeBuilder<ImprovementPlan> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Analysis).HasMaxLength(ImprovementPlan.TextMaxLength);
        builder.Property(p => p.ReviewComment).HasMaxLength(ImprovementPlan.TextMaxLength);
        builder.Ignore(p => p.Period);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);

        // KPI-1: the actions are read and written with their plan, so they are JSON.
        builder.OwnsMany(p => p.Steps, steps =>
        {
            steps.ToJson();
            steps.Ignore(s => s.IsDone);
            steps.Property(s => s.Action).HasMaxLength(ImprovementStep.ActionMaxLength);
        });
        builder.Navigation(p => p.Steps).HasField("_steps");

        // One plan per person and quarter.
        builder.HasIndex(p => new { p.PersonId, p.Year, p.Quarter }).IsUnique();
        builder.HasIndex(p => new { p.RegionId, p.Year, p.Quarter });
    }
}
