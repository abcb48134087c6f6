using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Data;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>
/// Contract numbers HT-yyyy-nnnn (合同), counted per year. Two drafts taking the same number at once are stopped by the
/// unique index on (number, version); the service then takes the next one.
/// </summary>
public static class ContractNumbers
{
    public const string Prefix = "HT";

    /// <summary>The next number of the company year (CAL-1) <paramref name="year"/>.</summary>
    public static async Task<string> NextAsync(CrmDbContext db, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var yearPrefix = string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year}-");
        var taken = await db.Contracts.AsNoTracking().Where(c => c.Number.StartsWith(yearPrefix) && c.VersionNumber == 1)
            .Select(c => c.Number).ToListAsync(cancellationToken);
        var last = taken.Select(n => int.TryParse(n.AsSpan(yearPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0)
            .DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"{yearPrefix}{last + 1:D4}");
    }
}
