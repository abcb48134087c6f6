using System.Data.Common;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Perfolizer.Mathematics.OutlierDetection;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Ownership;

namespace SalesCrm.Benchmarks;

/// <summary>
/// OWN-2 on each keystroke of the customer form over 200,000 customers on a SQLite file: the strong matches
/// (<see cref="CustomerService.FindOwnedMatchesAsync"/>: name key, phone and e-mail hashes through their indexes) plus
/// the possible duplicates of the typed name (<see cref="CustomerService.FindPossibleDuplicatesAsync"/>, through
/// <see cref="NameKeyIndex.FindSimilar"/>). The target is p95 ≤ 20 ms.
/// Each iteration is one keystroke, so the percentiles are those of single keystrokes, not of averages.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(KeystrokeConfig))]
public class DuplicateCheckBenchmarks
{
    private const int Customers = 200_000;
    private const int BatchSize = 5_000;

    // The shadow columns of the contact match keys (SEC-4); the app computes them in SaveChanges, which seeding skips.
    private const string PhoneHash = "PhoneHash";
    private const string EmailHash = "EmailHash";

    private static readonly string[] ChineseCities =
    [
        "北京", "上海", "广州", "深圳", "杭州", "苏州", "南京", "宁波", "无锡", "常州", "成都", "重庆", "武汉", "西安", "天津",
        "青岛", "济南", "郑州", "长沙", "合肥", "福州", "厦门", "南昌", "昆明", "贵阳", "南宁", "沈阳", "大连", "长春", "哈尔滨",
        "石家庄", "太原", "呼和浩特", "兰州", "银川", "西宁", "乌鲁木齐", "拉萨", "海口", "三亚", "珠海", "东莞", "佛山", "中山",
        "温州", "嘉兴", "绍兴", "台州", "金华", "烟台", "威海", "泉州",
    ];

    private static readonly string[] ChineseBrands =
    [
        "华信", "宏达", "金源", "恒通", "永盛", "鑫泰", "东方", "天成", "瑞丰", "新宇", "博远", "利达", "嘉禾", "中和", "汇通",
        "富力", "兴业", "长城", "海天", "明珠", "正泰", "德力", "安信", "百川", "美达", "创新", "联合", "星河", "振华", "光明",
        "大成", "万通", "荣盛", "佳美", "恒信", "华通", "宝丰", "盛世", "龙腾", "凯达", "新华", "晨光", "远航", "顺达", "同创",
        "金桥", "银河", "绿源", "蓝天", "紫光",
    ];

    private static readonly string[] ChineseTrades =
    [
        "精密机械", "电子科技", "物流", "食品", "纺织", "化工", "建材", "医疗器械", "环保科技", "信息技术", "贸易", "包装材料",
        "汽车零部件", "五金制品", "塑料制品", "家具", "服装", "印刷", "光电", "新材料", "电气设备", "仪器仪表", "农业科技",
        "生物科技", "能源", "钢铁", "铝业", "陶瓷", "玻璃", "橡胶", "模具", "电缆", "照明", "通信设备", "软件", "网络科技",
        "实业", "投资", "置业", "酒店管理",
    ];

    private static readonly string[] EnglishCities =
    [
        "Hangzhou", "Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Suzhou", "Nanjing", "Ningbo", "Wuxi", "Changzhou", "Chengdu",
        "Chongqing", "Wuhan", "Xian", "Tianjin", "Qingdao", "Jinan", "Zhengzhou", "Changsha", "Hefei", "Fuzhou", "Xiamen",
        "Nanchang", "Kunming", "Guiyang", "Nanning", "Shenyang", "Dalian", "Changchun", "Harbin", "Shijiazhuang", "Taiyuan",
        "Lanzhou", "Yinchuan", "Xining", "Urumqi", "Lhasa", "Haikou", "Sanya", "Zhuhai", "Dongguan", "Foshan", "Zhongshan",
        "Wenzhou", "Jiaxing", "Shaoxing", "Taizhou", "Jinhua", "Yantai", "Weihai", "Quanzhou", "Hong Kong",
    ];

    private static readonly string[] EnglishBrands =
    [
        "Apex", "Summit", "Greenfield", "Northstar", "Crescent", "Orion", "Pioneer", "Horizon", "Evergreen", "Bluewave",
        "Silverline", "Goldleaf", "Redstone", "Brightway", "Clearview", "Everbright", "Firstline", "Grandview", "Highland",
        "Ironwood", "Jadeite", "Keystone", "Lakeside", "Meridian", "Newport", "Oakridge", "Pacific", "Quantum", "Riverside",
        "Sunrise", "Trident", "Unity", "Vanguard", "Westfield", "Zenith", "Atlas", "Beacon", "Cobalt", "Delta", "Eagle",
        "Falcon", "Galaxy", "Harbor", "Infinity", "Jupiter", "Kingsway", "Lotus", "Mapleleaf", "Nova", "Phoenix",
    ];

    private static readonly string[] EnglishTrades =
    [
        "Precision Machinery", "Electronics", "Logistics", "Foods", "Textiles", "Chemicals", "Building Materials",
        "Medical Devices", "Environmental Technology", "Information Technology", "Trading", "Packaging", "Auto Parts",
        "Hardware", "Plastics", "Furniture", "Apparel", "Printing", "Optoelectronics", "New Materials", "Electrical Equipment",
        "Instruments", "Agritech", "Biotech", "Energy", "Steel", "Aluminium", "Ceramics", "Glass", "Rubber", "Moulds", "Cables",
        "Lighting", "Telecom Equipment", "Software", "Networks", "Industrial", "Investment", "Properties", "Hotel Management",
    ];

    private static readonly string[] MobilePrefixes = ["138", "139", "135", "136", "137", "150", "151", "158", "186", "188"];
    private static readonly string[] ContactNames = ["王伟", "李娜", "张敏", "刘洋", "陈静", "Li Lei", "Wang Fang", "Zhang Wei"];

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"salescrm-dupcheck-{Guid.NewGuid():N}.db");
    private readonly NameKeyIndex _index = new();
    private CustomerService _service = default!;
    private CustomerFormModel _chineseName = default!;
    private CustomerFormModel _englishName = default!;
    private CustomerFormModel _phone = default!;
    private CustomerFormModel _email = default!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var protector = new ContactProtector(ContactProtector.NewKey());
        var options = new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={_file}").Options;
        var factory = new BenchmarkDbFactory(options, protector);
        var (rep, known) = await SeedAsync(factory, protector);
        _service = factory.CustomerServiceFor(rep, _index);

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var load = Stopwatch.StartNew();
        await _index.EnsureLoadedAsync(factory);
        load.Stop();
        var memory = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
        Console.WriteLine($"// Name key index: {_index.Count:N0} keys loaded in {load.ElapsedMilliseconds:N0} ms, {memory / 1024.0 / 1024.0:N1} MB");

        // Mid-word, as the rep types: an existing company's name without its last characters.
        _chineseName = new CustomerFormModel { Name = "杭州华信精密机" };
        _englishName = new CustomerFormModel { Name = "Hangzhou Apex Precision Machin" };
        _phone = new CustomerFormModel { Name = "新客户贸易有限公司", Contacts = [new ContactFormModel { Name = "王伟", Phone = known.Phone }] };
        _email = new CustomerFormModel { Name = "New Customer Trading Co., Ltd.", Contacts = [new ContactFormModel { Name = "Li Lei", Email = known.Email }] };
        await ExpectAsync(_chineseName, owned: 0, similarAtLeast: 1);
        await ExpectAsync(_englishName, owned: 0, similarAtLeast: 1);
        await ExpectAsync(_phone, owned: 1, similarAtLeast: 0);
        await ExpectAsync(_email, owned: 1, similarAtLeast: 0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Benchmark]
    public Task<int> TypedChineseName() => KeystrokeAsync(_chineseName);

    [Benchmark]
    public Task<int> TypedEnglishName() => KeystrokeAsync(_englishName);

    [Benchmark]
    public Task<int> TypedPhone() => KeystrokeAsync(_phone);

    [Benchmark]
    public Task<int> TypedEmail() => KeystrokeAsync(_email);

    private async Task<int> KeystrokeAsync(CustomerFormModel form)
    {
        var owned = await _service.FindOwnedMatchesAsync(form);
        var similar = await _service.FindPossibleDuplicatesAsync(form);
        return owned.Count + similar.Count;
    }

    /// <summary>A wrong seed would make the numbers meaningless, so the setup refuses to measure it.</summary>
    private async Task ExpectAsync(CustomerFormModel form, int owned, int similarAtLeast)
    {
        var ownedFound = (await _service.FindOwnedMatchesAsync(form)).Count;
        var similarFound = (await _service.FindPossibleDuplicatesAsync(form)).Count;
        if (ownedFound != owned || similarFound < similarAtLeast)
        {
            throw new InvalidOperationException($"'{form.Name}': {ownedFound} owned (expected {owned}), {similarFound} similar (expected ≥ {similarAtLeast}).");
        }
    }

    /// <summary>
    /// 200,000 customers with one contact each, half Chinese, half English names (city × brand × trade, every key
    /// unique), written with prepared INSERTs in one transaction. Rows are built by the domain (Customer.Register) and
    /// turned into column values by EF's own mappings, so they are what the app would store, without the audit rows
    /// that SaveChanges would add and that the duplicate check never reads.
    /// </summary>
    private static async Task<(CrmUser Rep, (string Phone, string Email) Known)> SeedAsync(BenchmarkDbFactory factory, ContactProtector protector)
    {
        var clock = Stopwatch.StartNew();
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync();
        db.Actor = AuditActor.System;
        var region = Region.Create("华东大区");
        db.Regions.Add(region);
        var reps = Enumerable.Range(0, 5).Select(i => new CrmUser
        {
            UserName = $"rep{i}@bench", Email = $"rep{i}@bench", DisplayName = $"Rep {i}", Role = CrmRole.SalesRep, RegionId = region.Id,
        }).ToList();
        db.Users.AddRange(reps);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var names = Names().Take(Customers).ToList();
        if (names.Count != Customers)
        {
            throw new InvalidOperationException($"Only {names.Count} distinct names could be made.");
        }

        var keys = new ContactMatchKeys(protector);
        var now = TimeProvider.System.GetUtcNow();
        (string Phone, string Email) known = default;
        await db.Database.OpenConnectionAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var inserts = new Dictionary<IEntityType, RowInsert>();
            for (var i = 0; i < names.Count; i++)
            {
                var phone = $"{MobilePrefixes[i % MobilePrefixes.Length]}{i:D8}";
                var email = $"purchasing.{i}@customer{i % 997}.example";
                known = i == Customers / 2 ? (phone, email) : known;
                var contact = new ContactDetails(null, ContactNames[i % ContactNames.Length], null, phone, email, null);
                var profile = new CustomerProfile(names[i], null, "Manufacturing", null, null, null, null, null, null, CustomerStatus.Active);
                db.Customers.Add(Customer.Register(profile, CommercialTerms.Default, [contact], reps[i % reps.Count].Id, region.Id, now.AddMinutes(-i), CompanyCalendar.ChinaStandardTime));
                if ((i + 1) % BatchSize == 0 || i == names.Count - 1)
                {
                    foreach (var entry in db.ChangeTracker.Entries())
                    {
                        if (entry.Entity is Contact added)
                        {
                            entry.Property(PhoneHash).CurrentValue = keys.PhoneHash(added.Phone!);
                            entry.Property(EmailHash).CurrentValue = keys.EmailHash(added.Email!);
                        }

                        if (!inserts.TryGetValue(entry.Metadata, out var insert))
                        {
                            insert = new RowInsert(db, entry.Metadata, transaction.GetDbTransaction());
                            inserts.Add(entry.Metadata, insert);
                        }

                        await insert.ExecuteAsync(entry);
                    }

                    db.ChangeTracker.Clear();
                }
            }

            await transaction.CommitAsync();
            foreach (var insert in inserts.Values)
            {
                await insert.DisposeAsync();
            }
        }

        await db.Database.CloseConnectionAsync();
        Console.WriteLine($"// Seeded {Customers:N0} customers and {Customers:N0} contacts in {clock.Elapsed.TotalSeconds:N1} s");
        return (reps[0], known);
    }

    /// <summary>Chinese and English names taken in turn, each sequence city × brand × trade with its legal form.</summary>
    private static IEnumerable<string> Names()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chinese = (from trade in ChineseTrades from brand in ChineseBrands from city in ChineseCities select $"{city}{brand}{trade}有限公司").GetEnumerator();
        var english = (from trade in EnglishTrades from brand in EnglishBrands from city in EnglishCities select $"{city} {brand} {trade} Co., Ltd.").GetEnumerator();
        var more = true;
        while (more)
        {
            more = false;
            foreach (var names in new[] { chinese, english })
            {
                if (names.MoveNext())
                {
                    more = true;
                    if (seen.Add(CompanyNameKey.For(names.Current)))
                    {
                        yield return names.Current;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Each iteration runs one keystroke (no averaging inside an iteration) and slow ones are kept rather than dropped
    /// as outliers, so P95 and Max are those a rep would feel. A mutator, so it applies on top of --job short.
    /// </summary>
    private sealed class KeystrokeConfig : ManualConfig
    {
        public KeystrokeConfig()
        {
            AddColumn(StatisticColumn.P95, StatisticColumn.Max);
            AddJob(Job.Default.WithInvocationCount(1).WithUnrollFactor(1).WithIterationCount(200).WithOutlierMode(OutlierMode.DontRemove).AsMutator());
        }
    }

    /// <summary>A prepared INSERT of every mapped column of one entity type, its parameters made by EF's type mappings.</summary>
    private sealed class RowInsert : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly IProperty[] _properties;

        public RowInsert(DbContext db, IEntityType type, DbTransaction transaction)
        {
            _properties = type.GetProperties().ToArray();
            _command = db.Database.GetDbConnection().CreateCommand();
            _command.Transaction = transaction;
            var columns = string.Join(", ", _properties.Select(p => $"\"{p.GetColumnName()}\""));
            var values = string.Join(", ", _properties.Select((_, i) => $"@p{i}"));
            _command.CommandText = $"INSERT INTO \"{type.GetTableName()}\" ({columns}) VALUES ({values})";
        }

        public async Task ExecuteAsync(EntityEntry entry)
        {
            _command.Parameters.Clear();
            for (var i = 0; i < _properties.Length; i++)
            {
                var property = _properties[i];
                _command.Parameters.Add(property.GetRelationalTypeMapping()
                    .CreateParameter(_command, $"@p{i}", entry.Property(property.Name).CurrentValue, property.IsNullable));
            }

            await _command.ExecuteNonQueryAsync();
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
