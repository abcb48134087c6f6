using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class SalesTargetConfiguration : IEntityTypeConfiguration<SalesTarget>
{
    public void Configure(EntityTypeBuilder<SalesTarget> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Scope).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.PeriodKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Amount).HasPrecision(18, Money.Decimals);
        builder.Ignore(t => t.Period);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(t => t.SetById).OnDelete(DeleteBehavior.Restrict);

        // KPI-1: one target per kind, scope and period; two managers setting it at once cannot make two.
        builder.HasIndex(t => new { t.Kind, t.Scope, t.ScopeId, t.PeriodKind, t.Year, t.Number }).IsUnique();
    }
}
