using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.Title).HasMaxLength(Opportunity.TitleMaxLength).IsRequired();
        builder.Property(o => o.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Currency).HasMaxLength(3).IsRequired();
        builder.Property(o => o.AmountValue).HasPrecision(18, 2);
        builder.Property(o => o.SolutionPriceValue).HasPrecision(18, 2);
        builder.Property(o => o.NegotiatedPriceValue).HasPrecision(18, 2);
        builder.Property(o => o.ProductMix).HasMaxLength(Opportunity.TextMaxLength);
        builder.Property(o => o.ServiceCommitments).HasMaxLength(Opportunity.TextMaxLength);
        builder.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.LostReason).HasMaxLength(Opportunity.ReasonMaxLength);
        builder.Ignore(o => o.Amount);
        builder.Ignore(o => o.SolutionPrice);
        builder.Ignore(o => o.NegotiatedPrice);
        builder.Ignore(o => o.IsLost);
        builder.Ignore(o => o.IsSigned);
        builder.Ignore(o => o.IsClosed);
        builder.Ignore(o => o.NextStage);

        // PIPE-2: the needs list is read and written whole with its opportunity, so it is kept as JSON beside it.
        builder.OwnsMany(o => o.Needs, needs =>
        {
            needs.ToJson();
            needs.Property(n => n.Question).HasMaxLength(NeedsAnswer.QuestionMaxLength);
            needs.Property(n => n.Answer).HasMaxLength(NeedsAnswer.AnswerMaxLength);
        });
        builder.Navigation(o => o.Needs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(o => o.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.CustomerId, o.OpenedAt });
        builder.HasIndex(o => new { o.OwnerId, o.Stage });
        builder.HasIndex(o => new { o.RegionId, o.Stage });
    }
}
