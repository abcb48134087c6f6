using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Code).HasMaxLength(Product.CodeMaxLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(Product.NameMaxLength).IsRequired();
        builder.Property(p => p.Unit).HasMaxLength(Product.UnitMaxLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(Product.DescriptionMaxLength);
        builder.Ignore(p => p.Details);

        // CON-1: money is exact. SQL Server keeps decimal(18,2); SQLite has no decimal type, so EF stores the amount as
        // TEXT, which keeps every digit but does not sort or compare as a number in SQL. Lists therefore sort by code or
        // name, never by price, and price comparisons (CON-2) are made in .NET on Money.
        builder.ComplexProperty(p => p.ListPrice, price =>
        {
            price.Property(m => m.Amount).HasColumnName("ListPriceAmount").HasPrecision(18, Money.Decimals);
            price.Property(m => m.Currency).HasColumnName("ListPriceCurrency").HasMaxLength(3).IsRequired();
        });

        // Codes are stored upper case, so the unique index refuses "fl-3t" beside "FL-3T" on both providers.
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => new { p.IsActive, p.Code });
    }
}
