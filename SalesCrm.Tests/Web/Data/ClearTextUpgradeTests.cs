using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Complaints;

namespace SalesCrm.Tests.Web.Data;

/// <summary>
/// SEC-4 for a database an earlier version wrote, with a complaint's contact details, an issued PDF and their audit
/// entries in clear: the app's start encrypts and masks them in place, and everything reads back as it did.
/// </summary>
public sealed class ClearTextUpgradeTests : IAsyncLifetime
{
    private const string Typed = "王经理 0571-8888 1234";
    private ContractScenario _scenario = default!;
    private UserSession _agent = default!;
    private Guid _complaintId;
    private Guid _contractId;
    private byte[] _issuedPdf = [];

    public async Task InitializeAsync()
    {
        _scenario = await ContractScenario.CreateAsync(new CustomerBuilder().WithContact("王经理", "138 0013 8000"));
        _contractId = await _scenario.SignedContractAsync();
        _issuedPdf = (await _scenario.RepContracts.PdfAsync(_contractId))!.Content;
        _agent = _scenario.Database.SignIn(await _scenario.Organisation.UserAsync(CrmRole.ServiceAgent, _scenario.East));
        _complaintId = (await _agent.Service.LogAsync(new ServiceRequestForm
        {
            Category = ServiceCategory.Delivery, Customer = new CustomerChoice(_scenario.Customer.Id, _scenario.Customer.Name, _scenario.East.Name),
            Complainant = "王经理", ContactDetails = Typed, Matter = "第二批货物延迟 The second batch is late",
        })).Id!.Value;

        await using var db = _scenario.Database.CreateContext();
        await db.Database.ExecuteSqlAsync($"UPDATE ServiceRequests SET ContactDetails = {Typed}");
        await db.Database.ExecuteSqlAsync($"UPDATE IssuedContractPdfs SET Content = {_issuedPdf}");
        await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET NewValue = {Typed} WHERE Field = 'ContactDetails'");
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task SEC4_ADatabaseKeptInClearByAnEarlierVersion_IsEncryptedOnStart_AndReadsBackAsBefore(int starts)
    {
        for (var start = 0; start < starts; start++)
        {
            await using var db = _scenario.Database.CreateContext();
            await new ClearTextUpgrade(db, _scenario.Database.Time, NullLogger<ClearTextUpgrade>.Instance).RunAsync();
        }

        await using var check = _scenario.Database.CreateContext();
        var storedContact = await check.Database.SqlQueryRaw<string>("SELECT ContactDetails AS Value FROM ServiceRequests").SingleAsync();
        var storedPdf = await check.Database.SqlQueryRaw<byte[]>("SELECT Content AS Value FROM IssuedContractPdfs").SingleAsync();
        var audited = await check.AuditEntries.SingleAsync(a => a.EntityId == _complaintId && a.Field == nameof(ServiceRequest.ContactDetails));

        Assert.Equal(Typed, _scenario.Database.Protector.Unprotect(storedContact));
        Assert.True(storedPdf.AsSpan().StartsWith(ContactProtector.BinaryHeader), "The issued PDF is still in clear.");
        Assert.Equal("**************1234", audited.NewValue);
        Assert.Equal(Typed, (await _agent.Service.GetAsync(_complaintId))!.Request.ContactDetails);
        Assert.Equal(_issuedPdf, (await _scenario.RepContracts.PdfAsync(_contractId))!.Content);
    }
}
