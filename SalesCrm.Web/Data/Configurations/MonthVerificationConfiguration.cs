using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class MonthVerificationConfiguration : IEntityTypeConfiguration<MonthVerification>
{
    public void Configure(EntityTypeBuilder<MonthVerification> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.Period);
        builder.HasOne<Region>().WithMany().HasForeignKey(v => v.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(v => v.VerifiedById).OnDelete(DeleteBehavior.Restrict);

        // KPI-2: the verified figures are read and written whole with their sign-off and never change, so they are JSON.
        builder.OwnsMany(v => v.Figures, figures =>
        {
            figures.ToJson();
            figures.Property(f => f.SignedAmount).HasPrecision(18, Money.Decimals);
            figures.Property(f => f.Collected).HasPrecision(18, Money.Decimals);
            figures.Property(f => f.Due).HasPrecision(18, Money.Decimals);
        });
        builder.Navigation(v => v.Figures).HasField("_figures");

        // Once per region and month; two people verifying at once cannot make two.
        builder.HasIndex(v => new { v.RegionId, v.Year, v.Month }).IsUnique();
    }
}
