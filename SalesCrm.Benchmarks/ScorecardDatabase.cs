using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Domain.Receivables;
using SalesCrm.Domain.Targets;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Calendar;

namespace SalesCrm.Benchmarks;

/// <summary>
/// The KPI-2 benchmark's SQLite file: 5 regions of 30 reps and 10 account managers each, a sales manager, a collector,
/// a service manager and two service agents per region, and the director; 200,000 customers with their first-contact
/// ledger lines over the last two years; 45,900 contract numbers signed over the same two years, every ninth signed
/// long enough ago with a signed second version and one in thirty terminated (its credits voided), so about 50,000
/// signed contract rows, each with its signing credit; one receivable per contract number, mostly collected once due
/// (<see cref="PlanReceivables"/>); every customer graded by its trailing year's signings and the 5% that signed most
/// A-tier, each with an account manager of its region and 0–4 on-site visits a quarter, and phone calls with a fifth of
/// the customers (<see cref="PlanTiers"/>, <see cref="PlanContactLogs"/>); complaints from 2% of the customers, most
/// answered within 48 hours (<see cref="PlanComplaints"/>); and this year's targets, split from the company's year down
/// to each person's months. Regions, people and products go through EF; one customer, contract, credit, ledger line,
/// target, receivable, contact log and complaint are made by the domain and saved by EF as templates, and the bulk rows
/// are copies of those stored rows written by prepared INSERTs, one transaction per table. The file is kept under the
/// temp folder, keyed by <see cref="SeedVersion"/> and the latest migration, and built again only when missing.
/// </summary>
internal static partial class ScorecardDatabase
{
    public const int Regions = 5;
    public const int RepsPerRegion = 30;
    public const int AccountManagersPerRegion = 10;
    public const int Customers = 200_000;
    public const int ContractNumbers = 45_900;
    private const int ServiceAgentsPerRegion = 2;
    private const int ATierCustomers = Customers / 20;
    private const int ComplainingCustomers = Customers / 50;

    // Bump when the seed changes; a new migration changes the file name by itself.
    private const int SeedVersion = 3;
    private const int Days = 730;
    private const int Seed = 20_261_207;

    // What EF stores for an empty owned collection.
    private const string NoItems = "[]";

    private static readonly string[] RegionNames = ["华东大区", "华南大区", "华北大区", "西南大区", "华中大区"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "强", "婷", "涛", "明", "超"];

    private static readonly string[] Cities =
    [
        "北京", "上海", "广州", "深圳", "杭州", "苏州", "南京", "宁波", "无锡", "常州", "成都", "重庆", "武汉", "西安", "天津",
        "青岛", "济南", "郑州", "长沙", "合肥", "福州", "厦门", "南昌", "昆明", "贵阳", "南宁", "沈阳", "大连", "长春", "哈尔滨",
        "石家庄", "太原", "兰州", "银川", "西宁", "海口", "珠海", "东莞", "佛山", "中山", "温州", "嘉兴", "绍兴", "台州", "金华",
        "烟台", "威海", "泉州", "徐州", "扬州",
    ];

    private static readonly string[] Brands =
    [
        "华信", "宏达", "金源", "恒通", "永盛", "鑫泰", "东方", "天成", "瑞丰", "新宇", "博远", "利达", "嘉禾", "中和", "汇通",
        "富力", "兴业", "长城", "海天", "明珠", "正泰", "德力", "安信", "百川", "美达", "创新", "联合", "星河", "振华", "光明",
        "大成", "万通", "荣盛", "佳美", "恒信", "华通", "宝丰", "盛世", "龙腾", "凯达",
    ];

    private static readonly string[] Trades =
    [
        "精密机械", "电子科技", "物流", "食品", "纺织", "化工", "建材", "医疗器械", "环保科技", "信息技术", "贸易", "包装材料",
        "汽车零部件", "五金制品", "塑料制品", "家具", "服装", "印刷", "光电", "新材料", "电气设备", "仪器仪表", "农业科技",
        "生物科技", "能源", "钢铁", "铝业", "陶瓷", "玻璃", "橡胶", "模具", "电缆", "照明", "通信设备", "软件", "网络科技",
        "实业", "置业", "仓储", "冷链",
    ];

    // Second and third works of the same company name, so 200,000 names stay distinct.
    private static readonly string[] Branches = [string.Empty, "二厂", "三厂"];

    private static readonly ProductDetails[] Catalogue =
    [
        new("CPD30", "3吨内燃叉车 (3 t diesel forklift)", "台", 128_000m, Money.DefaultCurrency, null),
        new("CBD20", "2吨电动搬运车 (2 t electric pallet truck)", "台", 18_500m, Money.DefaultCurrency, null),
        new("CQD16", "1.6吨前移式叉车 (1.6 t reach truck)", "台", 96_000m, Money.DefaultCurrency, null),
        new("SVC-Y", "年度维保服务 (annual maintenance)", "年", 12_000m, Money.DefaultCurrency, null),
    ];

    public static string FileFor(BenchmarkDbFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var db = factory.CreateDbContext();
        // Every migration names the schema, not only the last: a branch merged in may add one that sorts before it.
        var schema = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(";", db.Database.GetMigrations()))))[..12];
        return Path.Combine(Path.GetTempPath(), $"salescrm-scorecard-v{SeedVersion}-{schema}.db");
    }

    /// <summary>Builds the file at <paramref name="file"/> unless it is there; the factory's connection string names <paramref name="building"/>.</summary>
    public static async Task BuildAsync(BenchmarkDbFactory factory, string building, string file)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var clock = Stopwatch.StartNew();
        var calendar = CompanyTimeZone.Find(CompanyOptions.DefaultTimeZone);
        var now = TimeProvider.System.GetUtcNow();
        var random = new Random(Seed);

        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync();
        db.Actor = AuditActor.System;
        var people = await PeopleAsync(db);
        var products = Catalogue.Select(Product.Create).ToList();
        db.Products.AddRange(products);
        await db.SaveChangesAsync();
        var templates = await TemplatesAsync(db, people, products[0], now, calendar);
        db.ChangeTracker.Clear();

        await using var connection = new SqliteConnection($"Data Source={building};Pooling=False");
        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            // Only this seeding connection: the benchmark opens the file with the app's settings.
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;";
            await pragma.ExecuteNonQueryAsync();
        }

        using var rows = new TemplateRows(connection, templates);
        ExpectTemplates(templates, rows);
        using (var delete = connection.CreateCommand())
        {
            delete.CommandText = """
                DELETE FROM "ServiceRequests"; DELETE FROM "ContactLogs"; DELETE FROM "Receivables"; DELETE FROM "SigningCredits";
                DELETE FROM "Contracts"; DELETE FROM "OwnershipLedger"; DELETE FROM "Contacts"; DELETE FROM "Customers"; DELETE FROM "SalesTargets";
                """;
            await delete.ExecuteNonQueryAsync();
        }

        var customers = PlanCustomers(random, people.Carriers, now);
        var contracts = PlanContracts(random, customers, products, now);
        // Each later part draws from a sequence of its own, so adding one left the customers and contracts as they were.
        var receivables = PlanReceivables(new Random(Seed + 1), contracts, customers, people.Staff, now, calendar);
        var tiers = PlanTiers(new Random(Seed + 2), customers, contracts, people.Staff, now, calendar);
        var logs = PlanContactLogs(new Random(Seed + 3), customers, tiers, people.Staff, now, calendar);
        var complaints = PlanComplaints(new Random(Seed + 4), customers, contracts, people, now, calendar);

        var signed = contracts.Where(c => c.VoidedAt is null).GroupBy(c => c.Customer)
            .ToDictionary(g => g.Key, g => (Total: g.Sum(c => c.Credit), Last: g.Max(c => c.SignedAt)));
        var lastLogged = logs.GroupBy(l => l.CustomerId).ToDictionary(g => g.Key, g => g.Max(l => l.OccurredAt));
        InsertAll(connection, rows.Customers, customers.Select((customer, i) =>
        {
            var total = signed.TryGetValue(i, out var s) ? s : (Total: 0m, Last: (DateTimeOffset?)null);
            var lastContact = Latest(customer.FirstContactAt, total.Last, lastLogged.TryGetValue(customer.Id, out var logged) ? logged : (DateTimeOffset?)null);
            return CustomerValues(customer, CompanyNameKey.For(customer.Name), lastContact, total.Total, total.Last, tiers[i], Guid.NewGuid());
        }));
        InsertAll(connection, rows.Ledger, customers.Select(c => LedgerValues(Guid.NewGuid(), c.Id, c.Owner.Id, c.Owner.Id, c.FirstContactAt)));

        var paymentTerms = receivables.ToDictionary(r => r.Number, r => r.PaymentTermsDays, StringComparer.Ordinal);
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var contract in contracts)
            {
                var customer = customers[contract.Customer];
                var terms = Json(rows.Terms, contract.Lines, calendar.DayOf(contract.SignedAt).AddDays(30 + (contract.Customer % 60)), paymentTerms[contract.Number]);
                rows.Contracts.Insert(transaction, ContractValues(contract, customer, terms));
                rows.Credits.Insert(transaction, CreditValues(contract, customer, calendar).Values);
            }

            transaction.Commit();
        }

        InsertAll(connection, rows.Receivables, receivables.Select(r => ReceivableValues(r, rows)));
        InsertAll(connection, rows.ContactLogs, logs.OrderBy(l => l.EnteredAt).Select(ContactLogValues));
        InsertAll(connection, rows.Complaints, complaints.OrderBy(c => c.ReceivedAt).Select(c => ComplaintValues(c, rows)));
        InsertAll(connection, rows.Targets, Targets(people.Carriers, people.Managers, people.Director, calendar.YearOf(now), now).Select(TargetValues));

        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();
        File.Move(building, file, overwrite: true);
        Console.WriteLine($"// Built {file} in {clock.Elapsed.TotalSeconds:N1} s");
    }

    private static void InsertAll(SqliteConnection connection, TemplateRowInsert rows, IEnumerable<(string Column, object? Value)[]> values)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var row in values)
        {
            rows.Insert(transaction, row);
        }

        transaction.Commit();
    }

    /// <summary>Each region's people that the receivables, visits and complaints name.</summary>
    private sealed record RegionStaff(Guid RegionId, Guid SalesManager, IReadOnlyList<Guid> AccountManagers, Guid Collector, IReadOnlyList<Guid> ServiceAgents);

    private sealed record People(List<CrmUser> Carriers, List<CrmUser> Managers, CrmUser Director, IReadOnlyDictionary<Guid, RegionStaff> Staff);

    private static async Task<People> PeopleAsync(CrmDbContext db)
    {
        var regions = RegionNames.Select(Region.Create).ToList();
        db.Regions.AddRange(regions);
        await db.SaveChangesAsync();
        var carriers = new List<CrmUser>();
        var managers = new List<CrmUser>();
        var office = new List<CrmUser>();
        for (var r = 0; r < regions.Count; r++)
        {
            for (var p = 0; p < RepsPerRegion + AccountManagersPerRegion; p++)
            {
                var role = p < RepsPerRegion ? CrmRole.SalesRep : CrmRole.AccountManager;
                carriers.Add(User($"{(role == CrmRole.SalesRep ? "rep" : "am")}{r}.{p:D2}@bench", Name((r * 40) + p), role, regions[r].Id));
            }

            managers.Add(User($"manager{r}@bench", $"{RegionNames[r]}经理", CrmRole.SalesManager, regions[r].Id));
            office.Add(User($"collector{r}@bench", $"{RegionNames[r]}收款专员", CrmRole.Collector, regions[r].Id));
            office.Add(User($"service{r}@bench", $"{RegionNames[r]}客服经理", CrmRole.ServiceManager, regions[r].Id));
            for (var a = 0; a < ServiceAgentsPerRegion; a++)
            {
                office.Add(User($"agent{r}.{a}@bench", Name((Regions * 40) + (r * ServiceAgentsPerRegion) + a), CrmRole.ServiceAgent, regions[r].Id));
            }
        }

        var director = User("director@bench", "市场总监", CrmRole.MarketingDirector, regions[0].Id);
        db.Users.AddRange(carriers);
        db.Users.AddRange(managers);
        db.Users.AddRange(office);
        db.Users.Add(director);
        await db.SaveChangesAsync();
        for (var r = 0; r < regions.Count; r++)
        {
            regions[r].AppointSalesManager(managers[r].Id);
        }

        await db.SaveChangesAsync();
        var staff = regions.ToDictionary(r => r.Id, r => new RegionStaff(
            r.Id,
            r.SalesManagerId!.Value,
            [.. carriers.Where(c => c.RegionId == r.Id && c.Role == CrmRole.AccountManager).Select(c => c.Id)],
            office.Single(u => u.RegionId == r.Id && u.Role == CrmRole.Collector).Id,
            [.. office.Where(u => u.RegionId == r.Id && u.Role == CrmRole.ServiceAgent).Select(u => u.Id)]));
        return new People(carriers, managers, director, staff);

        static string Name(int i) => $"{Surnames[i % Surnames.Length]}{GivenNames[i / Surnames.Length % GivenNames.Length]}{(i / (Surnames.Length * GivenNames.Length) > 0 ? "二" : string.Empty)}";

        static CrmUser User(string email, string name, CrmRole role, Guid regionId) => new()
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name, Role = role, RegionId = regionId, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
    }

    private sealed record Templates(
        Customer Customer, OwnershipRecord FirstContact, Contract Contract, SigningCredit Credit, SalesTarget Target, Receivable Receivable, ContactLog Visit,
        ServiceRequest Complaint);

    /// <summary>One of each bulk row, made by the domain and stored by EF, as the app would.</summary>
    private static async Task<Templates> TemplatesAsync(CrmDbContext db, People people, Product product, DateTimeOffset now, CompanyCalendar calendar)
    {
        var rep = people.Carriers[0];
        var staff = people.Staff[rep.RegionId];
        var profile = new CustomerProfile("杭州华信精密机械有限公司", null, "机械 Machinery", null, null, null, null, null, null, CustomerStatus.Active);
        var customer = Customer.Register(profile, CommercialTerms.Default, [new ContactDetails(null, "王伟", null, "13800000000", null, null)], rep.Id, rep.RegionId, now.AddDays(-40), calendar);
        customer.OverrideTier(Tier.A, ATierReason, staff.SalesManager, now.AddDays(-30));
        customer.AssignAccountManager(staff.AccountManagers[0]);
        var firstContact = OwnershipRecord.FirstContact(customer.Id, rep.Id, rep.Id, customer.FirstContactAt);
        db.Customers.Add(customer);
        db.OwnershipLedger.Add(firstContact);
        await db.SaveChangesAsync();

        var terms = new ContractTerms(
            [new ContractLine(product.Id, product.Code, product.Name, product.Unit, product.ListPrice.Amount, 2m, product.ListPrice.Amount)],
            Money.DefaultCurrency, calendar.DayOf(now).AddDays(30), PaymentMethod.BankTransfer, customer.Settlement, 30, null, SigningMethod.ElectronicSignature,
            "两年保修，8 小时到场 Two-year warranty, on site within 8 hours", FreeService: false);
        var contract = Contract.Draft("HT-TEMPLATE-0001", customer.Id, null, rep.Id, rep.RegionId, terms, customer.Settlement, rep.Id, now.AddDays(-3), calendar);
        contract.SubmitForReview();
        contract.ApproveLegally("条款符合公司模板 Terms follow the company template");
        contract.Sign(Convert.ToHexStringLower(SHA256.HashData(contract.Id.ToByteArray())), now.AddDays(-1));
        contract.StartExecution();
        db.Contracts.Add(contract);
        var credit = SigningCredit.For(contract, null, calendar)!;
        SigningCredit.MarkFirst([credit]);
        db.SigningCredits.Add(credit);
        var target = SalesTarget.For(TargetKind.SignedAmount, TargetScope.Person, rep.Id, Period.Month(2026, 1), 400_000m, people.Managers[0].Id, now);
        db.SalesTargets.Add(target);

        // Every kind of entry the bulk rows hold (a claim is stored as a deduction is), so the harness's JSON of each is checked against EF's.
        var receivable = Receivable.OpenFor(contract, contract.SignedAt!.Value, calendar);
        var invoicedAt = now.AddHours(-20);
        var claim = decimal.Round(receivable.TotalAmount * 0.02m, 2);
        receivable.ConfirmCharges(receivable.Total, ConfirmedBy, staff.Collector, invoicedAt);
        receivable.Invoice("FP-TEMPLATE-1", receivable.Total, staff.Collector, invoicedAt.AddMinutes(10));
        receivable.RecordDeduction(new Money(claim, receivable.Currency), ClaimNote, DeductionKind.Deduction, staff.Collector, invoicedAt.AddMinutes(20));
        receivable.RecordPayment(new Money(receivable.TotalAmount - claim, receivable.Currency), calendar.DayOf(now.AddHours(-1)), staff.Collector, now.AddHours(-1), calendar);
        db.Receivables.Add(receivable);
        var visit = Log(VisitNotes[0], customer.Id, ContactKind.OnSiteVisit, now.AddDays(-2), now.AddDays(-2).AddHours(3), staff.AccountManagers[0]);
        db.ContactLogs.Add(visit);
        var complaint = Complaint(Stories[0], Complainants[0], customer.Id, staff, people.Director.Id, now.AddDays(-30), TemplatePace, now, calendar);
        db.ServiceRequests.Add(complaint);
        await db.SaveChangesAsync();
        return new Templates(customer, firstContact, contract, credit, target, receivable, visit, complaint);
    }

    /// <summary>The harness's values for the template entities must be exactly what EF stored for them.</summary>
    private static void ExpectTemplates(Templates t, TemplateRows rows)
    {
        var c = t.Customer;
        var owner = new PlannedCustomer(c.Id, c.Name, (c.OwnerId, c.RegionId), c.FirstContactAt);
        rows.Customers.Expect(CustomerValues(owner, CompanyNameKey.For(c.Name), c.LastContactAt, c.SignedContractsTotal, c.LastSignedAt, new PlannedTier(c.Standing, c.AccountManagerId, null), c.Version));
        rows.Ledger.Expect(LedgerValues(t.FirstContact.Id, c.Id, t.FirstContact.OwnerId, t.FirstContact.DecidedById, t.FirstContact.At));
        var k = t.Contract;
        var plan = new PlannedContract(k.Id, k.Number, k.VersionNumber, k.PreviousVersionId, 0, k.SignedAt!.Value, k.DraftedAt, k.Terms.Lines, t.Credit.Amount, k.Status, k.EndReason, k.IssuedPdfSha256!, k.Version, null)
        {
            CreditId = t.Credit.Id, FirstForCustomer = t.Credit.FirstForCustomer,
        };
        rows.Contracts.Expect(ContractValues(plan, owner, Json(rows.Terms, k.Terms.Lines, k.Terms.DeliveryDate!.Value, k.Terms.PaymentTermsDays!.Value)));
        rows.Credits.Expect(CreditValues(plan, owner, CompanyTimeZone.Find(CompanyOptions.DefaultTimeZone)).Values);
        rows.Targets.Expect(TargetValues(t.Target));
        var r = t.Receivable;
        rows.Receivables.Expect(ReceivableValues(
            new PlannedReceivable(r.Id, k.Number, k.Terms.PaymentTermsDays!.Value, r.ContractId, r.CustomerId, (r.OwnerId, r.RegionId), r.TotalAmount, r.SignedOn,
                r.DueLines, r.Entries, r.OverdueAlerted, r.OpenedAt, r.LastActivityAt, r.Version),
            rows));
        rows.ContactLogs.Expect(ContactLogValues(t.Visit));
        rows.Complaints.Expect(ComplaintValues(t.Complaint, rows));
    }

    /// <summary>A prepared copy of each template row, and the JSON shapes EF stored in them.</summary>
    private sealed class TemplateRows : IDisposable
    {
        public TemplateRows(SqliteConnection connection, Templates templates)
        {
            Customers = TemplateRowInsert.Of(connection, "Customers", templates.Customer.Id);
            Ledger = TemplateRowInsert.Of(connection, "OwnershipLedger", templates.FirstContact.Id);
            Contracts = TemplateRowInsert.Of(connection, "Contracts", templates.Contract.Id);
            Credits = TemplateRowInsert.Of(connection, "SigningCredits", templates.Credit.Id);
            Targets = TemplateRowInsert.Of(connection, "SalesTargets", templates.Target.Id);
            Receivables = TemplateRowInsert.Of(connection, "Receivables", templates.Receivable.Id);
            ContactLogs = TemplateRowInsert.Of(connection, "ContactLogs", templates.Visit.Id);
            Complaints = TemplateRowInsert.Of(connection, "ServiceRequests", templates.Complaint.Id);
            Terms = Parse(Contracts, "Terms").AsObject();
            DueLine = Parse(Receivables, "DueLines")[0]!.AsObject();
            Progress = Parse(Complaints, "Progress")[0]!.AsObject();
            Entry = Parse(Receivables, "Entries")[0]!.AsObject();
        }

        public TemplateRowInsert Customers { get; }
        public TemplateRowInsert Ledger { get; }
        public TemplateRowInsert Contracts { get; }
        public TemplateRowInsert Credits { get; }
        public TemplateRowInsert Targets { get; }
        public TemplateRowInsert Receivables { get; }
        public TemplateRowInsert ContactLogs { get; }
        public TemplateRowInsert Complaints { get; }
        public JsonObject Terms { get; }
        public JsonObject DueLine { get; }
        public JsonObject Entry { get; }
        public JsonObject Progress { get; }

        public void Dispose()
        {
            foreach (var rows in new[] { Customers, Ledger, Contracts, Credits, Targets, Receivables, ContactLogs, Complaints })
            {
                rows.Dispose();
            }
        }

        private static JsonNode Parse(TemplateRowInsert rows, string column) => JsonNode.Parse((string)rows[column]!)!;
    }

    /// <summary>The JSON array EF stores for an owned collection, of <paramref name="items"/> made from the stored shape of one.</summary>
    private static string JsonArrayOf<T>(JsonObject shape, IEnumerable<T> items, Action<JsonObject, T> fill)
    {
        var stored = new JsonArray();
        foreach (var item in items)
        {
            var node = shape.DeepClone().AsObject();
            fill(node, item);
            stored.Add(node);
        }

        return stored.ToJsonString();
    }

    private sealed record PlannedCustomer(Guid Id, string Name, (Guid Id, Guid RegionId) Owner, DateTimeOffset FirstContactAt);

    private sealed record PlannedContract(
        Guid Id, string Number, int VersionNumber, Guid? PreviousVersionId, int Customer, DateTimeOffset SignedAt, DateTimeOffset DraftedAt,
        IReadOnlyList<ContractLine> Lines, decimal Credit, ContractStatus Status, string? EndReason, string Sha256, Guid Version, DateTimeOffset? VoidedAt)
    {
        public Guid CreditId { get; init; } = Guid.NewGuid();
        public bool FirstForCustomer { get; set; }
    }

    private sealed record CreditRow(Guid Id, (string Column, object? Value)[] Rest)
    {
        public (string Column, object? Value)[] Values => [("Id", Stored.Id(Id)), .. Rest];
    }

    /// <summary>Customer i made first contact at an even step through the two years, so the customers contacted before an instant are a prefix.</summary>
    private static List<PlannedCustomer> PlanCustomers(Random random, List<CrmUser> carriers, DateTimeOffset now)
    {
        var start = now.AddDays(-Days);
        var step = TimeSpan.FromDays(Days).Ticks / Customers;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var combinations = Cities.Length * Brands.Length * Trades.Length;
        var customers = new List<PlannedCustomer>(Customers);
        for (var i = 0; i < Customers; i++)
        {
            var n = i % combinations;
            var name = $"{Cities[n % Cities.Length]}{Brands[n / Cities.Length % Brands.Length]}{Trades[n / (Cities.Length * Brands.Length)]}{Branches[i / combinations]}有限公司";
            if (!keys.Add(CompanyNameKey.For(name)))
            {
                throw new InvalidOperationException($"Two customers share the name key of {name}.");
            }

            var owner = carriers[random.Next(carriers.Count)];
            customers.Add(new PlannedCustomer(Guid.NewGuid(), name, (owner.Id, owner.RegionId), start.AddTicks((i * step) + random.NextInt64(step))));
        }

        return customers;
    }

    /// <summary>
    /// Contract numbers signed uniformly over the two years, each for a customer contacted before it; every ninth signed
    /// long enough ago gets a second version 10–120 days later that adds or removes a unit; one in thirty is terminated,
    /// voiding its number's credits. A customer's first counted signing is marked as <see cref="SigningCredit.MarkFirst"/> does.
    /// </summary>
    private static List<PlannedContract> PlanContracts(Random random, List<PlannedCustomer> customers, List<Product> products, DateTimeOffset now)
    {
        var start = now.AddDays(-Days);
        var step = TimeSpan.FromDays(Days).Ticks / Customers;
        var contracts = new List<PlannedContract>(ContractNumbers * 10 / 9);
        for (var n = 0; n < ContractNumbers; n++)
        {
            var signedAt = start.AddDays(2).AddTicks(random.NextInt64(TimeSpan.FromDays(Days - 2).Ticks));
            var contacted = (int)Math.Clamp((signedAt.AddDays(-1) - start).Ticks / step, 1, Customers);
            var customer = contacted - 1 - random.Next(Math.Min(contacted, 40_000));
            var lines = Enumerable.Range(0, 1 + (random.Next(10) / 7)).Select(_ => Line(random, products[random.Next(products.Count)])).ToList();
            var number = $"HT-{signedAt.Year}-{n + 1:D5}";
            var second = n % 9 == 0 && signedAt < now.AddDays(-130);
            var terminated = n % 30 == 1;
            var first = new PlannedContract(
                Guid.NewGuid(), number, 1, null, customer, signedAt, signedAt.AddDays(-2 - random.Next(10)), lines, Total(lines),
                second ? ContractStatus.InExecution : Status(signedAt, terminated), null, Sha(random), Guid.NewGuid(), null);
            contracts.Add(first);
            if (!second)
            {
                continue;
            }

            var changed = lines.Select((l, i) => i == 0 ? l with { Quantity = l.Quantity > 1 && random.Next(4) == 0 ? l.Quantity - 1 : l.Quantity + 1 } : l).ToList();
            var signedAgain = signedAt.AddDays(10 + random.Next(110));
            contracts.Add(new PlannedContract(
                Guid.NewGuid(), number, 2, first.Id, customer, signedAgain, signedAgain.AddDays(-3), changed, Total(changed) - Total(lines),
                Status(signedAgain, terminated), null, Sha(random), Guid.NewGuid(), null));
        }

        for (var i = 0; i < contracts.Count; i++)
        {
            var contract = contracts[i];
            if (contract.Status == ContractStatus.Terminated)
            {
                var voided = Min(contract.SignedAt.AddDays(5 + random.Next(55)), now.AddMinutes(-1));
                contracts[i] = contract with { EndReason = "客户取消订单 The customer cancelled the order" };
                for (var j = 0; j < contracts.Count && j <= i; j++)
                {
                    if (contracts[j].Number == contract.Number)
                    {
                        contracts[j] = contracts[j] with { VoidedAt = voided };
                    }
                }
            }
        }

        foreach (var group in contracts.GroupBy(c => c.Customer))
        {
            var firstCounted = group.Where(c => c.VoidedAt is null && c.VersionNumber == 1).OrderBy(c => c.SignedAt).ThenBy(c => c.Number, StringComparer.Ordinal).FirstOrDefault();
            if (firstCounted is not null)
            {
                firstCounted.FirstForCustomer = true;
            }
        }

        return contracts;

        ContractStatus Status(DateTimeOffset signedAt, bool terminated) =>
            terminated ? ContractStatus.Terminated : signedAt < now.AddDays(-365) ? ContractStatus.Completed : signedAt < now.AddDays(-14) ? ContractStatus.InExecution : ContractStatus.Signed;

        static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    }

    private static ContractLine Line(Random random, Product product)
    {
        var list = product.ListPrice.Amount;
        // Some lines below list (approved by the manager, CON-2).
        var price = random.Next(5) == 0 ? decimal.Round(list * 0.95m, 2) : list;
        return new ContractLine(product.Id, product.Code, product.Name, product.Unit, list, 1 + random.Next(6), price);
    }

    private static decimal Total(IEnumerable<ContractLine> lines) => lines.Sum(l => l.Total);

    private static string Sha(Random random)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>This year's targets, each part the sum of what it splits into: company year ← region years ← quarters ← months ← each person's months.</summary>
    private static IEnumerable<SalesTarget> Targets(List<CrmUser> carriers, List<CrmUser> managers, CrmUser director, int year, DateTimeOffset now)
    {
        foreach (var (kind, personMonth) in new[] { (TargetKind.SignedAmount, 400_000m), (TargetKind.NewValidCustomers, 3m) })
        {
            foreach (var manager in managers)
            {
                var people = carriers.Where(p => p.RegionId == manager.RegionId).ToList();
                for (var month = 1; month <= 12; month++)
                {
                    foreach (var person in people)
                    {
                        yield return SalesTarget.For(kind, TargetScope.Person, person.Id, Period.Month(year, month), personMonth, manager.Id, now);
                    }

                    yield return SalesTarget.For(kind, TargetScope.Region, manager.RegionId, Period.Month(year, month), personMonth * people.Count, manager.Id, now);
                }

                for (var quarter = 1; quarter <= 4; quarter++)
                {
                    yield return SalesTarget.For(kind, TargetScope.Region, manager.RegionId, Period.Quarter(year, quarter), personMonth * people.Count * 3, manager.Id, now);
                }

                yield return SalesTarget.For(kind, TargetScope.Region, manager.RegionId, Period.OfYear(year), personMonth * people.Count * 12, director.Id, now);
            }

            yield return SalesTarget.For(kind, TargetScope.Company, Guid.Empty, Period.OfYear(year), personMonth * carriers.Count * 12, director.Id, now);
        }
    }

    /// <summary>The stored terms: the template's JSON with this contract's lines, delivery date and payment terms, in EF's shape and formats.</summary>
    private static string Json(JsonObject template, IReadOnlyList<ContractLine> lines, DateOnly delivery, int paymentTermsDays)
    {
        var terms = template.DeepClone().AsObject();
        terms["DeliveryDate"] = Stored.Day(delivery);
        terms["PaymentTermsDays"] = paymentTermsDays;
        var line = template["Lines"]![0]!;
        var stored = new JsonArray();
        foreach (var l in lines)
        {
            var node = line.DeepClone().AsObject();
            node["ListPrice"] = Stored.Amount(l.ListPrice);
            node["ProductCode"] = l.ProductCode;
            node["ProductId"] = Stored.Id(l.ProductId);
            node["ProductName"] = l.ProductName;
            node["Quantity"] = Stored.Amount(l.Quantity);
            node["Unit"] = l.Unit;
            node["UnitPrice"] = Stored.Amount(l.UnitPrice);
            stored.Add(node);
        }

        terms["Lines"] = stored;
        return terms.ToJsonString();
    }

    private static (string, object?)[] CustomerValues(
        PlannedCustomer c, string nameKey, DateTimeOffset lastContactAt, decimal signedTotal, DateTimeOffset? lastSignedAt, PlannedTier tier, Guid version) =>
    [
        ("Id", Stored.Id(c.Id)), ("Name", c.Name), ("NameKey", nameKey), ("RegionId", Stored.Id(c.Owner.RegionId)), ("OwnerId", Stored.Id(c.Owner.Id)),
        ("FirstContactAt", Stored.At(c.FirstContactAt)), ("LastContactAt", Stored.At(lastContactAt)), ("SignedContractsTotal", Stored.Amount(signedTotal)),
        ("LastSignedAt", Stored.At(lastSignedAt)), ("ComputedTier", tier.Standing.Computed.ToString()), ("TierOverride", tier.Standing.Override?.ToString()),
        ("TierOverrideReason", tier.Standing.OverrideReason), ("TierOverriddenById", Stored.Id(tier.Standing.OverriddenById)),
        ("TierOverriddenAt", Stored.At(tier.Standing.OverriddenAt)), ("AccountManagerId", Stored.Id(tier.AccountManagerId)), ("Version", Stored.Id(version)),
    ];

    /// <summary>The latest of the instants (a customer's last contact: its first, its last signing, its last logged contact).</summary>
    private static DateTimeOffset Latest(DateTimeOffset first, params DateTimeOffset?[] others) => others.Aggregate(first, (a, b) => b is { } v && v > a ? v : a);

    private static (string, object?)[] LedgerValues(Guid id, Guid customerId, Guid ownerId, Guid decidedById, DateTimeOffset at) =>
    [
        ("Id", Stored.Id(id)), ("CustomerId", Stored.Id(customerId)), ("OwnerId", Stored.Id(ownerId)), ("Change", nameof(OwnershipChange.FirstContact)),
        ("At", Stored.At(at)), ("DecidedById", Stored.Id(decidedById)),
    ];

    private static (string, object?)[] ContractValues(PlannedContract c, PlannedCustomer customer, string terms) =>
    [
        ("Id", Stored.Id(c.Id)), ("Number", c.Number), ("VersionNumber", (long)c.VersionNumber), ("PreviousVersionId", Stored.Id(c.PreviousVersionId)),
        ("CustomerId", Stored.Id(customer.Id)), ("OwnerId", Stored.Id(customer.Owner.Id)), ("RegionId", Stored.Id(customer.Owner.RegionId)),
        ("Status", c.Status.ToString()), ("DraftedAt", Stored.At(c.DraftedAt)), ("SignedAt", Stored.At(c.SignedAt)), ("IssuedPdfSha256", c.Sha256),
        ("EndReason", c.EndReason), ("Version", Stored.Id(c.Version)), ("Terms", terms),
    ];

    private static CreditRow CreditValues(PlannedContract c, PlannedCustomer customer, CompanyCalendar calendar) => new(c.CreditId,
    [
        ("ContractId", Stored.Id(c.Id)), ("ContractNumber", c.Number), ("VersionNumber", (long)c.VersionNumber), ("CustomerId", Stored.Id(customer.Id)),
        ("RepId", Stored.Id(customer.Owner.Id)), ("RegionId", Stored.Id(customer.Owner.RegionId)), ("SignedAt", Stored.At(c.SignedAt)),
        ("SignedOn", Stored.Day(calendar.DayOf(c.SignedAt))), ("Amount", Stored.Amount(c.Credit)), ("FirstForCustomer", Stored.Flag(c.FirstForCustomer)),
        ("VoidedAt", Stored.At(c.VoidedAt)),
    ]);

    private static (string, object?)[] TargetValues(SalesTarget t) =>
    [
        ("Id", Stored.Id(t.Id)), ("Kind", t.Kind.ToString()), ("Scope", t.Scope.ToString()), ("ScopeId", Stored.Id(t.ScopeId)), ("PeriodKind", t.PeriodKind.ToString()),
        ("Year", (long)t.Year), ("Number", (long)t.Number), ("Amount", Stored.Amount(t.Amount)), ("SetById", Stored.Id(t.SetById)), ("SetAt", Stored.At(t.SetAt)),
        ("Version", Stored.Id(t.Version)),
    ];
}
