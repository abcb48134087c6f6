using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Admin;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8: the administrator's user and region forms. A user's name is shown on every page, list, notification and
// PDF they appear in, so it takes the same text rule as every other field; hostile text comes back next to its input and
// no user or region is created or changed.
public sealed class HostileAdminInputTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Region _east = null!;
    private UserSession _admin = null!;
    private CrmUser _rep = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _east = await organisation.RegionAsync("East");
        _admin = _database.SignIn(await organisation.UserAsync(CrmRole.Administrator, _east, "Admin"));
        _rep = await organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>A megabyte is refused by the form's own length rule, whose message names the limit.</summary>
    public static TheoryData<string, string> RefusedNames() => new()
    {
        { "NUL", "Field.ControlCharacters" },
        { "ESC", "Field.ControlCharacters" },
        { "RLO", "Field.ControlCharacters" },
        { "lone high surrogate", "Field.BrokenCharacter" },
        { "lone low surrogate", "Field.BrokenCharacter" },
        { "1 MB", "Admin.NameInvalid" },
    };

    public static TheoryData<string, string> RefusedInAddresses() => new()
    {
        { "NUL", "Field.ControlCharacters" },
        { "ESC", "Field.ControlCharacters" },
        { "RLO", "Field.ControlCharacters" },
        { "lone high surrogate", "Field.BrokenCharacter" },
        { "lone low surrogate", "Field.BrokenCharacter" },
        { "1 MB", "Email.Invalid" },
    };

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public async Task AHostileDisplayName_IsRefusedNextToTheName_AndNoUserIsCreatedOrRenamed(string hostile, string code)
    {
        var created = await _admin.Admin.CreateAsync(NewUser(displayName: HostileInput.Text(hostile)));
        var renamed = await _admin.Admin.UpdateAsync(Existing(displayName: HostileInput.Text(hostile)));

        Assert.Equal([("DisplayName", code), ("DisplayName", code)], new[] { created, renamed }.Select(r => (Assert.Single(r.Errors).Key, Assert.Single(r.Errors.Single().Value).Code)));
        await using var db = _database.CreateContext();
        Assert.Equal((2, "张伟"), (await db.Users.CountAsync(), (await db.Users.SingleAsync(u => u.Id == _rep.Id)).DisplayName));
    }

    [Theory]
    [MemberData(nameof(RefusedInAddresses))]
    public async Task AHostileEmailAddress_IsRefusedNextToTheEmail_AndNoUserIsCreatedOrChanged(string hostile, string code)
    {
        var address = $"li.{HostileInput.Text(hostile).Replace(" ", string.Empty, StringComparison.Ordinal)}@contoso.example";

        var created = await _admin.Admin.CreateAsync(NewUser(email: address));
        var changed = await _admin.Admin.UpdateAsync(Existing(email: address));

        Assert.Equal([("Email", code), ("Email", code)], new[] { created, changed }.Select(r => (Assert.Single(r.Errors).Key, Assert.Single(r.Errors.Single().Value).Code)));
        await using var db = _database.CreateContext();
        Assert.Equal((2, _rep.Email), (await db.Users.CountAsync(), (await db.Users.SingleAsync(u => u.Id == _rep.Id)).Email));
    }

    [Fact]
    public async Task MarkupInADisplayName_IsStoredExactlyAsTyped()
    {
        var result = await _admin.Admin.CreateAsync(NewUser(displayName: "<b>Li</b> & 李娜"));

        await using var db = _database.CreateContext();
        Assert.Equal("<b>Li</b> & 李娜", (await db.Users.SingleAsync(u => u.Id == Guid.Parse(result.Value!))).DisplayName);
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task AHostileRegionName_IsRefusedNextToTheName_AndNoRegionIsCreatedOrRenamed(string hostile, string code)
    {
        var created = await _admin.Admin.SaveRegionAsync(null, HostileInput.Text(hostile), null);
        var renamed = await _admin.Admin.SaveRegionAsync(_east.Id, HostileInput.Text(hostile), null);

        Assert.Equal([("Name", code), ("Name", code)], new[] { created, renamed }.Select(r => (Assert.Single(r.Errors).Key, Assert.Single(r.Errors.Single().Value).Code)));
        await using var db = _database.CreateContext();
        Assert.Equal("East", (await db.Regions.SingleAsync()).Name);
    }

    private UserFormModel NewUser(string email = "li.na@contoso.example", string displayName = "Li Na") => new()
    {
        Email = email, DisplayName = displayName, Role = CrmRole.SalesRep, RegionId = _east.Id, Password = "Initial#Passw0rd",
    };

    private UserFormModel Existing(string? email = null, string displayName = "张伟") => new()
    {
        Id = _rep.Id, Email = email ?? _rep.Email!, DisplayName = displayName, Role = CrmRole.SalesRep, RegionId = _east.Id,
    };
}
