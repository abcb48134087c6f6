using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Leads;
using SalesCrm.Web.Features.Leads.Import;
using SalesCrm.Web.Localization;

namespace SalesCrm.Tests.Web.Leads;

/// <summary>
/// LEAD-1 CSV import: every row goes through the one claim (OWN-1..4) in its own transaction; the result says per row
/// created / already owned / duplicate in the file / invalid; a bad file is refused before any row is applied.
/// </summary>
public sealed class LeadImportTests : IAsyncLifetime
{
    private const string Header = "公司名称,联系人,电话,邮箱,需求,行业,来源\r\n";

    // Row 2 spans two lines; row 3 is 华为技术有限公司 in traditional characters; row 4 has a bad e-mail address;
    // row 6 is row 2's company again, in traditional characters and without its legal form.
    private const string MixedFile =
        "\uFEFF" + Header +
        "杭州云帆科技有限公司,陈明,138 0013 8001,,\"200 台服务器，\r\n三季度交付\",通信设备,展会\r\n" +
        "華為技術有限公司,刘洋,139 0000 1111,,,,\r\n" +
        "\"Pacific Rim Trading, Ltd.\",Tom Lee,,tom@@pacific,,,\r\n" +
        "Blue Harbor Foods Co. Ltd.,Anna Wu,,anna@blueharbor.example,,Food,Referral\r\n" +
        "杭州雲帆科技,陈明,137 0000 2222,,,,\r\n";

    private static readonly Texts Texts = new();

    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private CrmUser _manager = default!;
    private CrmUser _rep = default!;
    private CrmUser _otherRep = default!;
    private CrmUser _southRep = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        var east = await _organisation.RegionAsync("East");
        _manager = await _organisation.AppointedManagerAsync(east, "王经理");
        _rep = await _organisation.UserAsync(CrmRole.SalesRep, east, "张伟");
        _otherRep = await _organisation.UserAsync(CrmRole.SalesRep, east, "李娜");
        _southRep = await _organisation.UserAsync(CrmRole.SalesRep, await _organisation.RegionAsync("South"), "吴芳");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static MemoryStream File(string csv) => new(Encoding.UTF8.GetBytes(csv));

    private async Task<LeadImportResult> ImportAsync(CrmUser user, string csv, Guid? owner = null) =>
        await _database.SignIn(user).LeadImports.ImportAsync(File(csv), owner);

    private static string OneRowTooMany()
    {
        var rows = new StringBuilder("CompanyName,ContactName,Phone\r\n");
        for (var i = 0; i <= LeadImportService.MaxRows; i++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"Company {i},Wang,138 0013 8000\r\n");
        }

        return rows.ToString();
    }

    private async Task OtherRepOwnsHuaweiAsync() =>
        await new CustomerBuilder().Named("华为技术有限公司").WithContact("赵磊", "021 5555 0101", "zhao.lei@huawei.example").SaveAsync(_database, _otherRep);

    [Fact]
    public async Task LEAD1_Import_CreatesEachValidRow_AndReportsOwnedInvalidAndDuplicateRows()
    {
        await OtherRepOwnsHuaweiAsync();

        var result = await ImportAsync(_manager, MixedFile);

        Assert.Null(result.Refusal);
        Assert.Equal(
            [(2, LeadImportOutcome.Created), (3, LeadImportOutcome.AlreadyOwned), (4, LeadImportOutcome.Invalid), (5, LeadImportOutcome.Created), (6, LeadImportOutcome.DuplicateInFile)],
            result.Rows.Select(r => (r.Row, r.Outcome)));
        Assert.Equal(("李娜", "East", TestDatabase.Start, MatchKind.CompanyName), (result.Rows[1].Match!.Owner, result.Rows[1].Match!.Region, result.Rows[1].Match!.Since, result.Rows[1].Match!.Reason));
        Assert.Equal("Email", Assert.Single(result.Rows[2].Errors!).Field);
        Assert.Equal(2, result.Rows[4].FirstRow);
        Assert.Equal((2, 1, 1, 1), (result.Count(LeadImportOutcome.Created), result.Count(LeadImportOutcome.AlreadyOwned), result.Count(LeadImportOutcome.Invalid), result.Count(LeadImportOutcome.DuplicateInFile)));

        await using var db = _database.CreateContext();
        var leads = await db.Customers.Include(c => c.Contacts).Where(c => c.OwnerId == _manager.Id).OrderBy(c => c.Name).ToListAsync();
        Assert.Equal(["Blue Harbor Foods Co. Ltd.", "杭州云帆科技有限公司"], leads.Select(l => l.Name));
        Assert.All(leads, l => Assert.Equal(LeadStatus.New, l.Lead));
        Assert.Equal(("200 台服务器，\r\n三季度交付", SourceChannel.Exhibition, "138 0013 8001"), (leads[1].Needs, leads[1].Source, leads[1].Contacts.Single().Phone?.Value));
        Assert.Equal(SourceChannel.Referral, leads[0].Source);
        Assert.False(await db.Customers.AnyAsync(c => c.Name.StartsWith("Pacific")));
        var collision = await db.Collisions.SingleAsync();
        Assert.Equal(("華為技術有限公司", _manager.Id, _otherRep.Id), (collision.TypedName, collision.ClaimantId, collision.OwnerId));
    }

    [Fact]
    public async Task OWN3_AnOwnedRow_IsToldByOwnerRegionAndSince_WithoutTheOwnedCustomersContactDetails()
    {
        await OtherRepOwnsHuaweiAsync();

        var result = await ImportAsync(_manager, MixedFile);

        var message = LeadImportMessages.Describe(Texts, _database.Calendar, result.Rows[1]);
        Assert.Contains("李娜 (East) since 2026-03-02", message, StringComparison.Ordinal);
        Assert.DoesNotContain("赵磊", message, StringComparison.Ordinal);
        Assert.DoesNotContain("5555", message, StringComparison.Ordinal);
        Assert.Contains("Row 2 of this file", LeadImportMessages.Describe(Texts, _database.Calendar, result.Rows[4]), StringComparison.Ordinal);
        Assert.StartsWith("E-mail: ", LeadImportMessages.Describe(Texts, _database.Calendar, result.Rows[2]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CrmRole.SalesRep)]
    [InlineData(CrmRole.AccountManager)]
    [InlineData(CrmRole.ServiceAgent)]
    [InlineData(CrmRole.Legal)]
    [InlineData(CrmRole.Collector)]
    public async Task LEAD1_Import_IsRefusedToRolesThatDoNotLeadSalesStaff(CrmRole role)
    {
        var user = role == CrmRole.SalesRep ? _rep : await _organisation.UserAsync(role, await _organisation.RegionAsync($"Region {role}"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => ImportAsync(user, MixedFile));

        await using var db = _database.CreateContext();
        Assert.False(await db.Customers.AnyAsync());
    }

    [Fact]
    public async Task OWN1_AManagerCannotImportForAnotherRegionsRep_NeitherForTheFileNorForARow()
    {
        var forSouth = await ImportAsync(_manager, MixedFile, owner: _southRep.Id);
        var perRow = await ImportAsync(_manager,
            "CompanyName,ContactName,Phone,Owner\r\n" +
            $"South Co,Chen,138 0013 8002,{_southRep.Email}\r\n" +
            $"East Co,Wang,138 0013 8003,{_rep.Email!.ToUpperInvariant()}\r\n");

        Assert.Equal("Import.OwnerNotAllowed", forSouth.Refusal?.Code);
        Assert.Equal([LeadImportOutcome.Invalid, LeadImportOutcome.Created], perRow.Rows.Select(r => r.Outcome));
        Assert.Equal("Owner: Not a sales colleague you may make the owner of a lead. Enter their e-mail address.", LeadImportMessages.Describe(Texts, _database.Calendar, perRow.Rows[0]));
        await using var db = _database.CreateContext();
        var lead = await db.Customers.SingleAsync();
        Assert.Equal(("East Co", _rep.Id), (lead.Name, lead.OwnerId));
    }

    [Theory]
    [InlineData("CompanyName,Phone\r\nAcme,138 0013 8000\r\n", "Import.MissingColumns", "ContactName / 联系人")]
    [InlineData("公司名称,联系人,需求\r\nAcme,王伟,servers\r\n", "Import.MissingReachable", "Phone / 电话")]
    [InlineData("CompanyName,ContactName,Phone,公司名称\r\nAcme,王伟,138 0013 8000,Acme\r\n", "Import.DuplicateColumn", "公司名称")]
    [InlineData("CompanyName,ContactName,Phone\r\nAcme,王伟,138 0013 8000\r\n\"Beta,Li,1\r\n", "Import.UnclosedQuote", "3")]
    [InlineData("CompanyName,ContactName,Phone\r\n\r\n", "Import.NoRows", null)]
    public async Task LEAD1_AFileThatCannotBeReadWhole_IsRefusedWithAClearMessage_AndNothingIsApplied(string csv, string code, string? argument)
    {
        var result = await ImportAsync(_manager, csv);

        Assert.Equal(code, result.Refusal?.Code);
        if (argument is not null)
        {
            Assert.Contains(result.Refusal!.Args, a => a.Contains(argument, StringComparison.Ordinal));
        }

        Assert.Empty(result.Rows);
        Assert.Contains(code, Texts.Catalogue(Texts.SimplifiedChinese).Keys);
        await using var db = _database.CreateContext();
        Assert.False(await db.Customers.AnyAsync());
    }

    [Fact]
    public async Task LEAD1_FilesOverTheSizeOrRowLimit_OrNotInUtf8_AreRefused()
    {
        var tooMany = await ImportAsync(_manager, OneRowTooMany());
        var tooLarge = await _database.SignIn(_manager).LeadImports.ImportAsync(new MemoryStream(new byte[LeadImportService.MaxFileBytes + 1]), null);
        var gbk = await _database.SignIn(_manager).LeadImports.ImportAsync(new MemoryStream([.. Encoding.ASCII.GetBytes("CompanyName\r\n"), 0xBB, 0xAA, 0xCE, 0xAA]), null);

        Assert.Equal(("Import.TooManyRows", "Import.TooLarge", "Import.NotUtf8"), (tooMany.Refusal?.Code, tooLarge.Refusal?.Code, gbk.Refusal?.Code));
        Assert.Equal("The file has more than 10,000 rows. Split it into smaller files; nothing was imported.", LeadImportMessages.Describe(Texts, tooMany.Refusal!));
        await using var db = _database.CreateContext();
        Assert.False(await db.Customers.AnyAsync());
    }

    [Fact]
    public async Task LEAD1_UnknownColumns_AreReportedOnceAndIgnored_AndBlankRowsAreSkipped()
    {
        var result = await ImportAsync(_manager, "Company name,Contact,Fax,E-mail\r\nAcme,Wang,021 1234,wang@acme.example\r\n,,,\r\nBeta,Li,021 5678,li@beta.example\r\n");

        Assert.Equal(["Fax"], result.UnknownColumns);
        Assert.Equal([(2, LeadImportOutcome.Created), (4, LeadImportOutcome.Created)], result.Rows.Select(r => (r.Row, r.Outcome)));
    }

    [Fact]
    public async Task LEAD1_CancellingStopsAfterTheCurrentRow_AndReportsWhatWasDone()
    {
        var csv = "CompanyName,ContactName,Phone\r\n" + string.Concat(Enumerable.Range(1, 5).Select(i => $"Company {i},Wang,138 0013 800{i}\r\n"));
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Done == 2)
            {
                cancel.Cancel();
            }
        });

        var result = await _database.SignIn(_manager).LeadImports.ImportAsync(File(csv), null, progress, cancel.Token);

        Assert.True(result.Cancelled);
        Assert.Equal(
            [LeadImportOutcome.Created, LeadImportOutcome.Created, LeadImportOutcome.NotProcessed, LeadImportOutcome.NotProcessed, LeadImportOutcome.NotProcessed],
            result.Rows.Select(r => r.Outcome));
        Assert.Equal([new ImportProgress(0, 5), new ImportProgress(1, 5), new ImportProgress(2, 5)], progress.Reports);
        await using var db = _database.CreateContext();
        Assert.Equal(["Company 1", "Company 2"], await db.Customers.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync());
    }

    [Fact]
    public async Task LEAD1_ReportCsv_HasTheFilesColumnsPlusOutcomeAndMessage_AndReadsBackThroughTheReader()
    {
        await OtherRepOwnsHuaweiAsync();
        var result = await ImportAsync(_manager, MixedFile);

        var bytes = LeadImportCsv.Report(result, Texts, _database.Calendar);

        var records = CsvReader.Read(Encoding.UTF8.GetString(bytes)).ToList();
        Assert.Equal([.. Header.TrimEnd().Split(','), "Outcome", "Message"], records[0]);
        Assert.Equal(result.Rows.Select(r => r.Values.Concat([Texts.Of(r.Outcome), LeadImportMessages.Describe(Texts, _database.Calendar, r)])), records.Skip(1));
        Assert.Equal("200 台服务器，\r\n三季度交付", records[1][4]);
        Assert.Equal(["Created", "Already owned", "Invalid", "Created", "Duplicate in file"], records.Skip(1).Select(r => r[^2]));
    }

    [Fact]
    public async Task ImportReport_IsKeptOnlyForTheUserWhoRanTheImport()
    {
        var session = _database.SignIn(_manager);
        var result = await session.LeadImports.ImportAsync(File(MixedFile), null);

        var director = await _organisation.UserAsync(CrmRole.MarketingDirector, await _organisation.RegionAsync("HQ"));
        Assert.NotNull(session.ImportReports.Find(result.ReportId!.Value, CurrentUserAccessor.FromPrincipal(TestPrincipals.For(_manager))!));
        Assert.Null(session.ImportReports.Find(result.ReportId!.Value, CurrentUserAccessor.FromPrincipal(TestPrincipals.For(director))!));
        _database.Time.Advance(LeadImportReports.Lifetime);
        Assert.Null(session.ImportReports.Find(result.ReportId!.Value, CurrentUserAccessor.FromPrincipal(TestPrincipals.For(_manager))!));
    }

    [Fact]
    public async Task LEAD1_BlankLinesCountTowardsTheRowLimit()
    {
        var csv = "CompanyName,ContactName,Phone\r\n" + string.Concat(Enumerable.Repeat("\r\n", LeadImportService.MaxRows)) + "Acme,Wang,138 0013 8000\r\n";

        var result = await ImportAsync(_manager, csv);

        Assert.Equal("Import.TooManyRows", result.Refusal?.Code);
        await using var db = _database.CreateContext();
        Assert.False(await db.Customers.AnyAsync());
    }

    [Theory]
    [InlineData("CompanyName,ContactName,Phone", ",,\r\n", "Import.TooManyRows", "The file has more than 10,000 rows. Split it into smaller files; nothing was imported.")]
    [InlineData("CompanyName,ContactName,Phone\r\nAcme,Wang,138 0013 8000,", ",", "Import.TooManyColumns", "Row 2 has more than 100 columns. Keep only the columns to import; nothing was imported.")]
    [InlineData("CompanyName,ContactName,Phone", ",", "Import.TooManyColumns", "Row 1 has more than 100 columns. Keep only the columns to import; nothing was imported.")]
    public async Task LEAD1_AFileOfFiveMegabytesOfCommasAndLineBreaks_IsRefusedWithAClearMessage(string start, string filler, string code, string message)
    {
        var csv = new StringBuilder(start, LeadImportService.MaxFileBytes);
        while (csv.Length + filler.Length <= LeadImportService.MaxFileBytes)
        {
            csv.Append(filler);
        }

        var result = await ImportAsync(_manager, csv.ToString());

        Assert.Equal((code, message), (result.Refusal?.Code, LeadImportMessages.Describe(Texts, result.Refusal!)));
        await using var db = _database.CreateContext();
        Assert.False(await db.Customers.AnyAsync());
    }

    [Fact]
    public async Task LEAD1_CancellingWhileTheFileIsRead_StopsTheReading_AndNothingIsApplied()
    {
        // The user cancels the moment the upload is in: what is left is reading the file, which must stop too.
        using var cancel = new CancellationTokenSource();
        var upload = new CancelledAtTheEnd(Encoding.UTF8.GetBytes(OneRowTooMany()), cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _database.SignIn(_manager).LeadImports.ImportAsync(upload, null, null, cancel.Token));

        await using var db = _database.CreateContext();
        Assert.False(await db.Customers.AnyAsync());
    }

    [Fact]
    public async Task SEC3_AReportsNeutralisedValues_ImportAgainAsTheyWereTyped()
    {
        var session = _database.SignIn(_manager);
        var first = await session.LeadImports.ImportAsync(File("CompanyName,ContactName,Phone,Email\r\nAcme Tools,Wang,+86 138 0013 8001,wang@@acme\r\n"), null);
        var report = Encoding.UTF8.GetString((await session.LeadImports.ReportAsync(first.ReportId!.Value))!);
        Assert.Contains("'+86 138 0013 8001", report, StringComparison.Ordinal);

        var again = await session.LeadImports.ImportAsync(File(report.Replace("wang@@acme", "wang@acme.example", StringComparison.Ordinal)), null);

        Assert.Equal(LeadImportOutcome.Created, Assert.Single(again.Rows).Outcome);
        await using var db = _database.CreateContext();
        Assert.Equal("+86 138 0013 8001", (await db.Contacts.SingleAsync()).Phone?.Value);
    }

    /// <summary>An upload whose user cancels just as its last byte has been read.</summary>
    private sealed class CancelledAtTheEnd(byte[] content, CancellationTokenSource cancel) : MemoryStream(content)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                await cancel.CancelAsync();
            }

            return read;
        }
    }

    /// <summary>Reports at once on the importing thread, unlike <see cref="Progress{T}"/>, so a test can act on an exact row.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> onReport) : IProgress<ImportProgress>
    {
        public List<ImportProgress> Reports { get; } = [];

        public void Report(ImportProgress value)
        {
            Reports.Add(value);
            onReport(value);
        }
    }
}
