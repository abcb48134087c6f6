using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Configurations;
using SalesCrm.Web.Data.Protection;

using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Web.Features.Customers;

/// <summary>The search box of the customer and lead lists: name, USCC, full phone number or e-mail address.</summary>
internal static class CustomerSearch
{
    /// <summary>Narrows <paramref name="query"/> to records whose name contains the term, whose USCC is it, or that have a contact with that phone or e-mail.</summary>
    public static async Task<IQueryable<Customer>> ApplyAsync(CrmDbContext db, ContactMatchKeys matchKeys, IQueryable<Customer> query, string? search, CancellationToken cancellationToken)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return query;
        }

        // Phone numbers and e-mail addresses are encrypted (SEC-4): they are found by the keyed hash of the whole
        // value, through its index, before the name scan.
        var phoneHash = matchKeys.PhoneHashOf(term);
        var emailHash = matchKeys.EmailHashOf(term);
        var byContact = phoneHash is null && emailHash is null
            ? []
            : await db.Contacts.AsNoTracking()
                .Where(k => (phoneHash != null && EF.Property<string>(k, ContactConfiguration.PhoneHash) == phoneHash)
                    || (emailHash != null && EF.Property<string>(k, ContactConfiguration.EmailHash) == emailHash))
                .Select(k => k.CustomerId).Distinct().ToListAsync(cancellationToken);
        var pattern = LikePattern.Containing(term);
        var uscc = Uscc.Validate(term) is null && Uscc.Normalise(term).Length == Uscc.Length ? Uscc.FromStored(Uscc.Normalise(term)) : null;
        return query.Where(c => EF.Functions.Like(c.Name, pattern, LikePattern.Escape) || (uscc != null && c.Uscc == uscc) || byContact.Contains(c.Id));
    }
}
