using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data.Configurations;

internal sealed class ServiceRequestConfiguration(ContactProtector protector) : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Complainant).HasMaxLength(ServiceRequest.ShortTextMaxLength).IsRequired();
        // SEC-4: the complainant's phone number or e-mail address is as confidential as a contact's: AES-GCM ciphertext at rest.
        builder.Property(r => r.ContactDetails).HasMaxLength(ContactProtector.ProtectedMaxLength(ServiceRequest.ShortTextMaxLength))
            .HasConversion(v => protector.Protect(v!), v => protector.Unprotect(v));
        builder.Property(r => r.Channel).HasMaxLength(ServiceRequest.ShortTextMaxLength);
        builder.Property(r => r.Matter).HasMaxLength(ServiceRequest.TextMaxLength).IsRequired();
        builder.Property(r => r.RootCause).HasMaxLength(ServiceRequest.TextMaxLength);
        builder.Property(r => r.ResponsibleDepartment).HasMaxLength(ServiceRequest.ShortTextMaxLength);
        builder.Property(r => r.Measures).HasMaxLength(ServiceRequest.TextMaxLength);
        builder.Property(r => r.SolutionSentBackComment).HasMaxLength(ServiceRequest.TextMaxLength);
        builder.Property(r => r.Answer).HasMaxLength(ServiceRequest.TextMaxLength);
        builder.Property(r => r.CustomerFeedback).HasMaxLength(ServiceRequest.TextMaxLength);
        builder.Ignore(r => r.IsComplaint);

        // SVC-2: progress and improvements are read and written with their request, so they are kept as JSON.
        builder.OwnsMany(r => r.Progress, progress => progress.ToJson());
        builder.Navigation(r => r.Progress).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Improvements, improvements =>
        {
            improvements.ToJson();
            improvements.Ignore(i => i.IsDone);
        });
        builder.Navigation(r => r.Improvements).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.LoggedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.InvestigatorId).OnDelete(DeleteBehavior.Restrict);

        // SVC-3: open items by region and age for the lists and the SLA job; a customer's complaints for its archive (SVC-4).
        builder.HasIndex(r => new { r.RegionId, r.Status, r.ReceivedAt });
        builder.HasIndex(r => new { r.Status, r.ReceivedAt });
        builder.HasIndex(r => new { r.CustomerId, r.ReceivedAt });

        // KPI-2/SVC-3: a period's complaints, read first, then their customers by key.
        builder.HasIndex(r => new { r.Kind, r.ReceivedAt });
    }
}
