using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data.Configurations;

/// <summary>
/// SEC-4: phone and e-mail columns hold AES-GCM ciphertext; the shadow columns <see cref="PhoneHash"/> and
/// <see cref="EmailHash"/> hold keyed hashes of the normalised values, indexed for search and duplicate matching.
/// </summary>
internal sealed class ContactConfiguration(ContactProtector protector) : IEntityTypeConfiguration<Contact>
{
    public const string PhoneHash = "PhoneHash";
    public const string EmailHash = "EmailHash";
    private const int CipherMaxLength = 512;
    private const int HashLength = 44;

    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(Contact.NameMaxLength).IsRequired();
        builder.Property(k => k.Title).HasMaxLength(Contact.TitleMaxLength);
        builder.Property(k => k.Phone).HasMaxLength(CipherMaxLength)
            .HasConversion(v => protector.Protect(v!.Value), v => PhoneNumber.FromStored(protector.Unprotect(v)));
        builder.Property(k => k.Email).HasMaxLength(CipherMaxLength)
            .HasConversion(v => protector.Protect(v!.Value), v => EmailAddress.FromStored(protector.Unprotect(v)));
        builder.Property<string?>(PhoneHash).HasMaxLength(HashLength);
        builder.Property<string?>(EmailHash).HasMaxLength(HashLength);
        // OWN-2/OWN-4: a phone number or e-mail address identifies one customer.
        builder.HasIndex(PhoneHash).IsUnique();
        builder.HasIndex(EmailHash).IsUnique();
    }
}
