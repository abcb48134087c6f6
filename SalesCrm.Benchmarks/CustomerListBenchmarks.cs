using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Benchmarks;

/// <summary>
/// The customer list's server time (issue 3): first page and searches over 10,000 customers on a SQLite file, through
/// the real <see cref="CustomerService"/> (access filter, sort, paging, projection), as the director (sees all) and a
/// rep (owns a fifth).
/// </summary>
[MemoryDiagnoser]
public class CustomerListBenchmarks
{
    private const int Customers = 10_000;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"salescrm-bench-{Guid.NewGuid():N}.db");
    private CustomerService _asDirector = default!;
    private CustomerService _asRep = default!;
    private string _knownPhone = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var protector = new ContactProtector(ContactProtector.NewKey());
        var options = new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={_file}").Options;
        var factory = new BenchmarkDbFactory(options, protector);
        using var db = factory.CreateDbContext();
        db.Database.Migrate();
        db.Actor = AuditActor.System;
        var region = Region.Create("华东大区");
        db.Regions.Add(region);
        db.SaveChanges();
        var users = Enumerable.Range(0, 5).Select(i => new CrmUser
        {
            UserName = $"rep{i}@bench", Email = $"rep{i}@bench", DisplayName = $"Rep {i}", Role = CrmRole.SalesRep, RegionId = region.Id,
        }).ToList();
        var director = new CrmUser { UserName = "director@bench", Email = "director@bench", DisplayName = "Director", Role = CrmRole.MarketingDirector, RegionId = region.Id };
        db.Users.AddRange(users);
        db.Users.Add(director);
        db.SaveChanges();

        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < Customers; i++)
        {
            var phone = $"138{i:D8}";
            _knownPhone = i == Customers / 2 ? phone : _knownPhone;
            var profile = new CustomerProfile($"{Cities[i % Cities.Length]}{i:D5}精密机械有限公司", null, "Machinery", null, null, null, null, null, null, CustomerStatus.Active);
            var contact = new ContactDetails(null, "王伟", null, phone, $"buyer{i}@example.com", null);
            db.Customers.Add(Customer.Register(profile, CommercialTerms.Default, [contact], users[i % users.Count].Id, region.Id, now.AddMinutes(-i), CompanyCalendar.ChinaStandardTime));
            if (i % 1000 == 999)
            {
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }

        _asDirector = factory.CustomerServiceFor(director);
        _asRep = factory.CustomerServiceFor(users[0]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Benchmark]
    public Task DirectorFirstPage() => _asDirector.ListAsync(new PageRequest(0, 25));

    [Benchmark]
    public Task RepFirstPage() => _asRep.ListAsync(new PageRequest(0, 25));

    [Benchmark]
    public Task DirectorSearchByName() => _asDirector.ListAsync(new PageRequest(0, 25, Search: "杭州0123"));

    [Benchmark]
    public Task DirectorSearchByPhone() => _asDirector.ListAsync(new PageRequest(0, 25, Search: _knownPhone));

    [Benchmark]
    public Task DirectorLastPage() => _asDirector.ListAsync(new PageRequest(Customers / 25 - 1, 25));

    private static readonly string[] Cities = ["上海", "杭州", "苏州", "南京", "宁波"];
}
