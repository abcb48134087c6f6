using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Name).HasMaxLength(Customer.NameMaxLength).IsRequired();
        builder.Property(c => c.NameKey).HasMaxLength(Customer.NameMaxLength).IsRequired();
        builder.Property(c => c.Uscc).HasMaxLength(Uscc.Length)
            .HasConversion(v => v!.Value, v => Uscc.FromStored(v));
        builder.Property(c => c.Industry).HasMaxLength(Customer.ShortTextMaxLength);
        builder.Property(c => c.Address).HasMaxLength(Customer.AddressMaxLength);
        builder.Property(c => c.Needs).HasMaxLength(Customer.LongTextMaxLength);
        builder.Property(c => c.Preferences).HasMaxLength(Customer.LongTextMaxLength);
        builder.Property(c => c.Size).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Position).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Settlement).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SignedContractsTotal).HasPrecision(18, 2);
        builder.Property(c => c.Credit).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Lead).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DisqualifiedReason).HasMaxLength(LeadFlow.ReasonMaxLength);
        builder.Ignore(c => c.IsCustomer);
        builder.Ignore(c => c.InPool);

        // TIER-1: the grade the trailing 12 months give, and a manager's higher grade with its reason.
        builder.Property(c => c.ComputedTier).HasConversion<string>().HasMaxLength(1);
        builder.Property(c => c.TierOverride).HasConversion<string>().HasMaxLength(1);
        builder.Property(c => c.TierOverrideReason).HasMaxLength(TierStanding.ReasonMaxLength);
        builder.Ignore(c => c.EffectiveTier);
        builder.Ignore(c => c.TierIsOverridden);
        builder.Ignore(c => c.NeedsAccountManager);
        builder.Ignore(c => c.Standing);
        builder.Ignore(c => c.Loss);
        builder.HasOne<LostReason>().WithMany().HasForeignKey(c => c.LostReasonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.LostNote).HasMaxLength(CustomerLoss.NoteMaxLength);
        builder.HasMany(c => c.Contacts).WithOne().HasForeignKey(k => k.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(c => c.AccountManagerId).OnDelete(DeleteBehavior.Restrict);

        // The list sorts and pages on these; the access filters select on owner and region.
        builder.HasIndex(c => new { c.Name, c.Id });

        // OWN-6: the release job and the 7-day preview look for owned customers by their last contact.
        builder.HasIndex(c => new { c.PooledAt, c.LastContactAt });
        builder.HasIndex(c => new { c.FirstContactAt, c.Id });
        builder.HasIndex(c => new { c.OwnerId, c.Name });
        builder.HasIndex(c => new { c.RegionId, c.Name });
        builder.HasIndex(c => c.AccountManagerId);

        // TIER-2/TIER-3 and CUS-3: A-tier customers of a region, lost customers by month.
        builder.HasIndex(c => new { c.RegionId, c.ComputedTier });
        builder.HasIndex(c => new { c.RegionId, c.TierOverride });
        builder.HasIndex(c => new { c.Status, c.LostAt });
        builder.HasIndex(c => new { c.OwnerId, c.Lead, c.FirstContactAt });
        // OWN-4: one company, one customer. These unique keys make the second of two simultaneous claims fail in
        // the database; the loser gets the OWN-3 message. (SQL Server filters out NULL USCCs by convention.)
        builder.HasIndex(c => c.Uscc).IsUnique();
        builder.HasIndex(c => c.NameKey).IsUnique();
    }
}
