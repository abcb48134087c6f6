using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCrm.Web.Features.Calendar;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Complaints;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Ownership;
using SalesCrm.Web.Features.Performance;
using SalesCrm.Web.Features.Visits;
using SalesCrm.Web.Localization;

namespace SalesCrm.Benchmarks;

internal sealed class BenchmarkDbFactory(DbContextOptions<SqliteCrmDbContext> options, ContactProtector protector) : IDbContextFactory<CrmDbContext>
{
    public CrmDbContext CreateDbContext() => new SqliteCrmDbContext(options, protector, TimeProvider.System, DomainEventDispatcher.WithoutHandlers);

    /// <summary>The customer service as <paramref name="user"/> uses it, over this database, with <paramref name="index"/> (a fresh one without).</summary>
    public CustomerService CustomerServiceFor(CrmUser user, NameKeyIndex? index = null) =>
        new(this, SignedIn(user), new ContactMatchKeys(protector), TimeProvider.System, CompanyTimeZone.Find(CompanyOptions.DefaultTimeZone), index ?? new NameKeyIndex(), new Texts(), NullLogger<CustomerService>.Instance);

    /// <summary>The performance service as <paramref name="user"/> uses it, over this database, with the company's default options.</summary>
    public PerformanceService PerformanceServiceFor(CrmUser user) =>
        new(this, SignedIn(user), TimeProvider.System, CompanyTimeZone.Find(CompanyOptions.DefaultTimeZone), Options.Create(new PerformanceOptions()),
            Options.Create(new VisitOptions()), Options.Create(new ServiceOptions()));

    private static CurrentUserAccessor SignedIn(CrmUser user)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim(CrmClaimTypes.Region, user.RegionId.ToString("D", CultureInfo.InvariantCulture)),
            new Claim(CrmClaimTypes.DisplayName, user.DisplayName),
        ], "Benchmark");
        return new CurrentUserAccessor(new FixedAuthenticationStateProvider(new ClaimsPrincipal(identity)), new HttpContextAccessor());
    }
}
