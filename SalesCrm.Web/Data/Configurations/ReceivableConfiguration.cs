using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Receivables;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class ReceivableConfiguration : IEntityTypeConfiguration<Receivable>
{
    public void Configure(EntityTypeBuilder<Receivable> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Currency).HasMaxLength(3).IsRequired();
        builder.Property(r => r.TotalAmount).HasPrecision(18, 2);
        builder.Property(r => r.ConfirmedAmount).HasPrecision(18, 2);
        builder.Property(r => r.InvoicedAmount).HasPrecision(18, 2);
        builder.Property(r => r.CollectedAmount).HasPrecision(18, 2);
        builder.Property(r => r.CreditedAmount).HasPrecision(18, 2);
        builder.Property(r => r.DeductedAmount).HasPrecision(18, 2);
        builder.Property(r => r.Settlement).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Debt).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DebtRefusalReason).HasMaxLength(Receivable.TextMaxLength);
        builder.Ignore(r => r.Total);
        builder.Ignore(r => r.Confirmed);
        builder.Ignore(r => r.Invoiced);
        builder.Ignore(r => r.Collected);
        builder.Ignore(r => r.Credited);
        builder.Ignore(r => r.Deducted);
        builder.Ignore(r => r.Outstanding);
        builder.Ignore(r => r.Overpaid);

        // AR-1/AR-3: the history is read and written whole with its receivable, so it is kept as JSON beside the running
        // totals; the totals are columns, so lists filter on them and the audit trail records each change of them (SEC-2).
        builder.OwnsMany(r => r.Entries, entries =>
        {
            entries.ToJson();
            entries.Property(e => e.Kind).HasConversion<string>();
        });
        builder.Navigation(r => r.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Queries, queries =>
        {
            queries.ToJson();
            queries.Property(q => q.Status).HasConversion<string>();
        });
        builder.Navigation(r => r.Queries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.DueLines, lines =>
        {
            lines.ToJson();
            lines.Property(l => l.Amount).HasPrecision(18, 2);
        });
        builder.Navigation(r => r.DueLines).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);

        // One receivable per signed contract: opening it twice fails in the database, not only in the service.
        builder.HasIndex(r => r.ContractId).IsUnique();
        builder.HasIndex(r => new { r.IsSettled, r.AgingFrom });
        builder.HasIndex(r => new { r.OwnerId, r.IsSettled, r.AgingFrom });
        builder.HasIndex(r => new { r.RegionId, r.IsSettled, r.AgingFrom });
        builder.HasIndex(r => new { r.Debt, r.PromisedDate });

        // KPI-2's collection rate sums what fell due in a period per owner or region along these, without reading the rows.
        builder.HasIndex(r => new { r.OwnerId, r.DueDate, r.TotalAmount, r.DeductedAmount, r.CollectedAmount });
        builder.HasIndex(r => new { r.RegionId, r.DueDate, r.TotalAmount, r.DeductedAmount, r.CollectedAmount });
    }
}
