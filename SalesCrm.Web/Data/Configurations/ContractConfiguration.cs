using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Number).HasMaxLength(Contract.NumberMaxLength).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LegalComments).HasMaxLength(Contract.CommentMaxLength);
        builder.Property(c => c.EndReason).HasMaxLength(Contract.CommentMaxLength);
        builder.Property(c => c.IssuedPdfSha256).HasMaxLength(64).IsFixedLength();
        builder.Ignore(c => c.IsFrozen);

        // CON-1: the terms are read and written whole with their contract (and frozen with it), so they are kept as JSON.
        builder.OwnsOne(c => c.Terms, terms =>
        {
            terms.ToJson();
            terms.Ignore(t => t.Total);
            terms.Ignore(t => t.EffectiveBreachCompensationPercent);
            terms.Property(t => t.PaymentMethod).HasConversion<string>();
            terms.Property(t => t.Settlement).HasConversion<string>();
            terms.Property(t => t.SigningMethod).HasConversion<string>();
            terms.OwnsMany(t => t.Lines, lines =>
            {
                lines.Ignore(l => l.Total);
                lines.Ignore(l => l.IsBelowList);
            });
        });

        builder.OwnsMany(c => c.Approvals, approvals =>
        {
            approvals.ToJson();
            approvals.Property(a => a.Reason).HasConversion<string>();
            approvals.Property(a => a.Status).HasConversion<string>();
        });
        builder.Navigation(c => c.Approvals).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(c => c.OpportunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(c => c.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);

        // CON-3: one row per version of a contract number.
        builder.HasIndex(c => new { c.Number, c.VersionNumber }).IsUnique();
        builder.HasIndex(c => new { c.CustomerId, c.DraftedAt });
        builder.HasIndex(c => new { c.RegionId, c.Status });
        builder.HasIndex(c => new { c.OwnerId, c.Status });
    }
}
