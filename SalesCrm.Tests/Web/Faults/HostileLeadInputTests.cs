using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Leads;
using SalesCrm.Web.Features.Leads.Import;
using SalesCrm.Web.Localization;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / LEAD-1, LEAD-2: hostile text in the new-lead form, its steps and the CSV import comes back as a message
// on its field (or its row); nothing is saved, and the other rows of a file still go in.
public sealed class HostileLeadInputTests : IAsyncLifetime
{
    private const string Header = "CompanyName,ContactName,Phone,Needs\r\n";

    private static readonly Texts Texts = new();

    private TestDatabase _database = null!;
    private CrmUser _manager = null!;
    private CrmUser _rep = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        var east = await organisation.RegionAsync("East");
        _manager = await organisation.AppointedManagerAsync(east, "王经理");
        _rep = await organisation.UserAsync(CrmRole.SalesRep, east, "张伟");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    /// <summary>The hostile values an e-mail address can hold without a space in it (a megabyte is refused as too long an address).</summary>
    public static TheoryData<string, string> RefusedInAddresses() => new()
    {
        { "NUL", "Field.ControlCharacters" },
        { "ESC", "Field.ControlCharacters" },
        { "RLO", "Field.ControlCharacters" },
        { "lone high surrogate", "Field.BrokenCharacter" },
        { "lone low surrogate", "Field.BrokenCharacter" },
    };

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task LEAD1_HostileCompanyNameContactTitleNeedsOrIndustry_IsRefusedOnEachField_AndNoLeadIsSaved(string hostile, string code)
    {
        var text = HostileInput.Text(hostile);
        var lead = Lead();
        (lead.CompanyName, lead.ContactName, lead.ContactTitle, lead.Needs, lead.Industry) = (text, text, text, text, text);

        var result = await _database.SignIn(_rep).Customers.RegisterLeadAsync(lead);

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        Assert.Equal(
            ["CompanyName", "ContactName", "ContactTitle", "Industry", "Needs"],
            result.Errors!.Where(e => e.Code == code).Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Theory]
    [MemberData(nameof(RefusedInAddresses))]
    public async Task LEAD1_AnEmailAddressWithControlOrBrokenCharacters_IsRefusedNextToTheEmail_AndNoLeadIsSaved(string hostile, string code)
    {
        var lead = Lead();
        lead.Email = $"li.{HostileInput.Text(hostile).Replace(" ", string.Empty, StringComparison.Ordinal)}@example.com";

        var result = await _database.SignIn(_rep).Customers.RegisterLeadAsync(lead);

        Assert.Equal((SaveOutcome.Invalid, "Email", code), (result.Outcome, Assert.Single(result.Errors!).Field, result.Errors![0].Code));
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task LEAD1_HostileTextInThePhone_IsRefusedNextToThePhone_NeverAsAnException_AndNoLeadIsSaved(string hostile, string code)
    {
        var lead = Lead();
        lead.Phone = "138 " + HostileInput.Text(hostile);

        var result = await _database.SignIn(_rep).Customers.RegisterLeadAsync(lead);

        Assert.Equal((SaveOutcome.Invalid, "Phone", code), (result.Outcome, Assert.Single(result.Errors!).Field, result.Errors![0].Code));
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task LEAD1_MarkupInTheCompanyNameAndNeeds_IsStoredExactlyAsTyped()
    {
        var session = _database.SignIn(_rep);
        var lead = Lead();
        (lead.CompanyName, lead.Needs) = (HostileInput.Script, $"两行\r\n{HostileInput.Script}\t😀");

        var result = await session.Customers.RegisterLeadAsync(lead);

        var view = await session.Leads.GetAsync(result.Id!.Value);
        Assert.Equal((HostileInput.Script, lead.Needs), (view!.CompanyName, view.Needs));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task LEAD2_AHostileDisqualifyingReason_IsRefusedOnTheReason_AndTheLeadStaysAsItWas(string hostile, string code)
    {
        var session = _database.SignIn(_rep);
        var id = (await session.Customers.RegisterLeadAsync(Lead())).Id!.Value;

        var errors = await session.Leads.DisqualifyAsync(id, HostileInput.Text(hostile));

        Assert.Equal(("Reason", code), (Assert.Single(errors).Field, errors[0].Code));
        var view = await session.Leads.GetAsync(id);
        Assert.Equal((LeadStatus.New, (string?)null), (view!.Status, view.DisqualifiedReason));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task LEAD2_AHostileFirstOpportunityTitle_IsRefusedOnTheTitle_AndTheLeadIsNotConverted(string hostile, string code)
    {
        var session = _database.SignIn(_rep);
        var id = (await session.Customers.RegisterLeadAsync(Lead())).Id!.Value;
        Assert.Empty(await session.Leads.MarkContactedAsync(id));
        Assert.Empty(await session.Leads.QualifyAsync(id));

        var errors = await session.Leads.ConvertAsync(id, HostileInput.Text(hostile));

        Assert.Equal(("Title", code), (Assert.Single(errors).Field, errors[0].Code));
        await using var db = _database.CreateContext();
        Assert.Equal((LeadStatus.Qualified, 0, 0), (
            (await db.Customers.SingleAsync()).Lead, await db.Opportunities.CountAsync(), await db.OnboardingNotices.CountAsync()));
    }

    [Theory]
    [InlineData("NUL", "CompanyName", "Field.ControlCharacters", "Remove the invisible control characters")]
    [InlineData("RLO", "CompanyName", "Field.ControlCharacters", "Remove the invisible control characters")]
    [InlineData("1 MB", "Needs", "Field.TooLong", "This text is too long.")]
    public async Task LEAD1_ACsvRowWithControlCharactersOrAHugeCell_IsRefusedWithAReadableReason_AndTheOtherRowsGoIn(
        string hostile, string field, string code, string message)
    {
        var text = HostileInput.Text(hostile);
        var row = field == "CompanyName" ? $"\"{text}\",Li,138 0013 8002,\r\n" : $"Acme Trading,Li,138 0013 8002,\"{text}\"\r\n";
        var csv = Header + "杭州云帆科技有限公司,陈明,138 0013 8001,服务器\r\n" + row + "Blue Harbor Foods,Anna Wu,138 0013 8003,\r\n";

        var result = await _database.SignIn(_manager).LeadImports.ImportAsync(File(csv), _rep.Id);

        Assert.Null(result.Refusal);
        Assert.Equal([LeadImportOutcome.Created, LeadImportOutcome.Invalid, LeadImportOutcome.Created], result.Rows.Select(r => r.Outcome));
        Assert.Equal((field, code), (Assert.Single(result.Rows[1].Errors!).Field, result.Rows[1].Errors![0].Code));
        Assert.Contains(message, LeadImportMessages.Describe(Texts, _database.Calendar, result.Rows[1]), StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(["Blue Harbor Foods", "杭州云帆科技有限公司"], await db.Customers.Select(c => c.Name).OrderBy(n => n).ToListAsync());
        Assert.NotEmpty(LeadImportCsv.Report(result, Texts, _database.Calendar));
    }

    [Fact]
    public async Task LEAD1_ACsvFileWhoseRowHoldsTheBytesOfALoneSurrogate_IsRefusedAsNotUtf8WithAReadableReason_AndTheNextImportStillWorks()
    {
        // UTF-8 cannot carry half of a surrogate pair; a file that tries (ED A0 80, as CESU-8 and WTF-8 write U+D800) is no
        // UTF-8 text, so it is refused whole before any row is read, like any other file in the wrong encoding.
        var bytes = Encoding.UTF8.GetBytes(Header + "Acme ").Concat(new byte[] { 0xED, 0xA0, 0x80 })
            .Concat(Encoding.UTF8.GetBytes(" Trading,Li,138 0013 8002,\r\nBlue Harbor Foods,Anna Wu,138 0013 8003,\r\n")).ToArray();
        var imports = _database.SignIn(_manager).LeadImports;

        var refused = await imports.ImportAsync(new MemoryStream(bytes), _rep.Id);
        var next = await imports.ImportAsync(File(Header + "Blue Harbor Foods,Anna Wu,138 0013 8003,\r\n"), _rep.Id);

        Assert.Equal("Import.NotUtf8", refused.Refusal?.Code);
        Assert.Contains("UTF-8", LeadImportMessages.Describe(Texts, refused.Refusal!), StringComparison.Ordinal);
        Assert.Equal(LeadImportOutcome.Created, Assert.Single(next.Rows).Outcome);
        Assert.Equal(1, await CustomerCountAsync());
    }

    [Fact]
    public async Task LEAD1_AfterOneRepsHostileLeadIsRefused_AnotherSessionStillRegistersALead()
    {
        var hostile = Lead();
        hostile.CompanyName = HostileInput.Text("lone high surrogate");
        Assert.Equal(SaveOutcome.Invalid, (await _database.SignIn(_rep).Customers.RegisterLeadAsync(hostile)).Outcome);

        var saved = await _database.SignIn(_manager).Customers.RegisterLeadAsync(Lead());

        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal(1, await CustomerCountAsync());
    }

    private static LeadFormModel Lead() => new()
    {
        CompanyName = "华为技术有限公司", ContactName = "刘洋", ContactTitle = "采购经理", Phone = "138 0013 8000",
        Needs = "200 台服务器", Industry = "通信设备", Source = SourceChannel.Exhibition,
    };

    private static MemoryStream File(string csv) => new(Encoding.UTF8.GetBytes(csv));

    private async Task<int> CustomerCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Customers.CountAsync();
    }
}
