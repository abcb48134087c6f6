using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Domain.Receivables;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Contracts;
using SalesCrm.Web.Features.Paging;
using UglyToad.PdfPig;

namespace SalesCrm.Tests.Web.Contracts;

/// <summary>CON-1..4 and issue 5 §9 through the service, on a real database: drafting, approvals, legal review, signing and the issued PDF.</summary>
public sealed class ContractServiceTests : IAsyncLifetime
{
    private ContractScenario _scenario = default!;
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private CrmUser _manager = default!;
    private Customer _customer = default!;
    private Guid _opportunityId;

    public async Task InitializeAsync()
    {
        _scenario = await ContractScenario.CreateAsync();
        (_database, _organisation, _east, _manager, _customer, _opportunityId) =
            (_scenario.Database, _scenario.Organisation, _scenario.East, _scenario.Manager, _scenario.Customer, _scenario.OpportunityId);
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task CON2_NinetyDayTerms_AreRefusedNextToTheField_AndNothingIsSaved()
    {
        var form = Form(unitPrice: 128_000m);
        form.PaymentTermsDays = 90;

        var result = await Rep.DraftAsync(_opportunityId, form);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("PaymentTermsDays", "Contract.PaymentTermsTooLong"), (error.Field, error.Code));
        Assert.Contains("60 days", error.Message, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.Contracts.CountAsync());
    }

    [Fact]
    public async Task CON2_APriceBelowList_AsksTheRegionsManager_AndBlocksReviewUntilApproved()
    {
        var id = await DraftAsync(unitPrice: 120_000m);

        Assert.Equal("Contract.ApprovalPending", Assert.Single(await Rep.SubmitForReviewAsync(id)).Code);
        await using (var db = _database.CreateContext())
        {
            var note = await db.Notifications.SingleAsync(n => n.Kind == NotificationKind.ContractApprovalRequested);
            Assert.Equal((_manager.Id, "HT-2026-0001"), (note.RecipientId, note.Subject));
        }

        Assert.Empty(await Manager.DecideApprovalAsync(id, ApprovalReason.PriceBelowList, approve: true, "Fleet deal"));
        Assert.Empty(await Rep.SubmitForReviewAsync(id));

        var view = (await Rep.GetAsync(id))!;
        Assert.Equal(ContractStatus.InReview, view.Contract.Status);
        Assert.Equal(("Fleet deal", "李娜"), (view.Contract.Approvals[0].Comment, view.People[view.Contract.Approvals[0].DecidedById!.Value]));
    }

    [Fact]
    public async Task CON2_ARepCannotDecideApprovals_AndAManagerCannotApproveTheirOwnRequest()
    {
        var id = await DraftAsync(unitPrice: 120_000m);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Rep.DecideApprovalAsync(id, ApprovalReason.PriceBelowList, approve: true, null));

        var form = Form(unitPrice: 100_000m);
        Assert.Empty((await Manager.UpdateDraftAsync(id, form)).Errors);

        Assert.Equal("Contract.OwnApproval", Assert.Single(await Manager.DecideApprovalAsync(id, ApprovalReason.PriceBelowList, approve: true, null)).Code);
    }

    [Fact]
    public async Task CON3_OnlyLegalReviews_AndSendingBackNeedsComments()
    {
        var id = await DraftAsync(unitPrice: 128_000m);
        Assert.Empty(await Rep.SubmitForReviewAsync(id));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Manager.ApproveLegallyAsync(id, null));
        Assert.Equal("Contract.SendBackCommentsRequired", Assert.Single(await Legal.SendBackAsync(id, " ")).Code);
        Assert.Empty(await Legal.SendBackAsync(id, "第 7 条写明违约金计算基数 State the base of the penalty"));

        var view = (await Rep.GetAsync(id))!;
        Assert.Equal((ContractStatus.Draft, "第 7 条写明违约金计算基数 State the base of the penalty"), (view.Contract.Status, view.Contract.LegalComments));
    }

    [Fact]
    public async Task CON4_Signing_StoresTheIssuedPdfWithItsHash_AndLaterDownloadsReturnExactlyThoseBytes()
    {
        var id = await ApprovedContractAsync();
        _database.Time.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await Rep.SignAsync(id));

        await using var db = _database.CreateContext();
        var issued = await db.IssuedContractPdfs.SingleAsync(p => p.ContractId == id);
        var contract = await db.Contracts.SingleAsync(c => c.Id == id);
        Assert.Equal((ContractStatus.Signed, issued.Sha256), (contract.Status, contract.IssuedPdfSha256));
        Assert.Equal(IssuedContractPdf.HashOf(issued.Content), issued.Sha256);
        _database.Time.Advance(TimeSpan.FromDays(40));
        var first = (await Rep.PdfAsync(id))!;
        var again = (await Manager.PdfAsync(id))!;
        Assert.Equal(issued.Content, first.Content);
        Assert.Equal(issued.Content, again.Content);
        Assert.Equal((issued.Sha256, "HT-2026-0001-v1.pdf"), (first.Sha256, first.FileName));
        using var pdf = PdfDocument.Open(first.Content);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("杭州物流有限公司", text, StringComparison.Ordinal);
        Assert.Contains("1,280,000.00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON4_BeforeSigning_ThePdfIsRenderedFreshAndMarkedAsADraft()
    {
        var id = await DraftAsync(unitPrice: 128_000m);

        var pdf = (await Rep.PdfAsync(id))!;

        Assert.Null(pdf.Sha256);
        using var document = PdfDocument.Open(pdf.Content);
        Assert.Contains("DRAFT", string.Concat(document.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_MarksTheOpportunitySigned_AndRecordsTheAmountOnTheCustomer()
    {
        var id = await ApprovedContractAsync();

        Assert.Empty(await Rep.SignAsync(id));

        await using var db = _database.CreateContext();
        var opportunity = await db.Opportunities.SingleAsync(o => o.Id == _opportunityId);
        var customer = await db.Customers.SingleAsync(c => c.Id == _customer.Id);
        Assert.Equal((OpportunityStage.Signing, Money.Cny(1_280_000m)), (opportunity.Stage, opportunity.NegotiatedPrice));
        Assert.Equal((1_280_000m, CustomerStatus.Active), (customer.SignedContractsTotal, customer.Status));
        Assert.Equal(_database.Time.GetUtcNow(), customer.LastSignedAt);
    }

    [Fact]
    public async Task SEC1_ARepOfAnotherRegion_NeitherReadsNorDownloadsNorSignsIt()
    {
        var id = await ApprovedContractAsync();
        var stranger = _database.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, await _organisation.RegionAsync("South")));

        Assert.Null(await stranger.Contracts.GetAsync(id));
        Assert.Null(await stranger.Contracts.PdfAsync(id));
        Assert.Equal("Contract.NotFound", Assert.Single(await stranger.Contracts.SignAsync(id)).Code);
        Assert.Equal(0, (await stranger.Contracts.ListAsync(new(0, 10), ContractWorklist.All, null)).Total);
    }

    [Fact]
    public async Task SEC1_ACollectorReadsOnlySignedContracts()
    {
        var draft = await DraftAsync(unitPrice: 128_000m, opportunityId: await NegotiatingOpportunityAsync());
        var signed = await ApprovedContractAsync();
        Assert.Empty(await Rep.SignAsync(signed));
        var collector = _database.SignIn(await _organisation.UserAsync(CrmRole.Collector, _east)).Contracts;

        Assert.Null(await collector.GetAsync(draft));
        Assert.NotNull(await collector.GetAsync(signed));
    }

    [Fact]
    public async Task CON3_ASignedContractChangesThroughANewVersion_TheSignedOneStaysReadable()
    {
        var id = await ApprovedContractAsync();
        Assert.Empty(await Rep.SignAsync(id));
        Assert.Equal("Contract.NotDraft", Assert.Single((await Rep.UpdateDraftAsync(id, Form(unitPrice: 130_000m))).Errors).Code);

        var next = await Rep.NewVersionAsync(id);

        Assert.True(next.Saved);
        var view = (await Rep.GetAsync(next.Id!.Value))!;
        Assert.Equal(("HT-2026-0001", 2, ContractStatus.Draft), (view.Contract.Number, view.Contract.VersionNumber, view.Contract.Status));
        Assert.Equal([(1, ContractStatus.Signed), (2, ContractStatus.Draft)], view.Versions.Select(v => (v.Version, v.Status)));
        var list = await Rep.ListAsync(new(0, 10), ContractWorklist.All, null);
        Assert.Equal(next.Id, Assert.Single(list.Items).Id);
    }

    [Fact]
    public async Task CON3_AR1_SigningANewVersion_CarriesTheReceivableOver_SoTheNumberKeepsOneAccount()
    {
        var first = await ApprovedContractAsync();
        Assert.Empty(await Rep.SignAsync(first));
        var collector = _database.SignIn(await _organisation.UserAsync(CrmRole.Collector, _east)).Receivables;
        Assert.Empty(await collector.RecordPaymentAsync(first, 400_000m, Company.Calendar.DayOf(_database.Time.GetUtcNow())));
        var second = (await Rep.NewVersionAsync(first)).Id!.Value;
        Assert.Empty((await Rep.UpdateDraftAsync(second, Form(unitPrice: 130_000m))).Errors);
        Assert.Empty(await Rep.SubmitForReviewAsync(second));
        Assert.Empty(await Legal.ApproveLegallyAsync(second, null));

        Assert.Empty(await Rep.SignAsync(second));

        await using var db = _database.CreateContext();
        var receivable = await db.Receivables.SingleAsync();
        Assert.Equal((second, 1_300_000m, 400_000m, 900_000m), (receivable.ContractId, receivable.TotalAmount, receivable.CollectedAmount, receivable.Outstanding.Amount));
    }

    [Fact]
    public async Task AR1_SigningANewVersionLater_NeverMovesTheFixedDueDate_TheAddedAmountGetsItsOwnDatedLine()
    {
        var first = await ApprovedContractAsync();
        Assert.Empty(await Rep.SignAsync(first));
        var signedOn = Company.Calendar.DayOf(_database.Time.GetUtcNow());
        _database.Time.Advance(TimeSpan.FromDays(40));
        var second = (await Rep.NewVersionAsync(first)).Id!.Value;
        Assert.Empty((await Rep.UpdateDraftAsync(second, Form(unitPrice: 130_000m))).Errors);
        Assert.Empty(await Rep.SubmitForReviewAsync(second));
        Assert.Empty(await Legal.ApproveLegallyAsync(second, null));

        Assert.Empty(await Rep.SignAsync(second));

        await using var db = _database.CreateContext();
        var receivable = await db.Receivables.SingleAsync();
        var resignedOn = Company.Calendar.DayOf(_database.Time.GetUtcNow());
        Assert.Equal((signedOn.AddDays(30), signedOn.AddDays(30)), (receivable.DueDate, receivable.AgingFrom));
        Assert.Equal([new ReceivableDueLine(signedOn.AddDays(30), 1_280_000m), new ReceivableDueLine(resignedOn.AddDays(30), 20_000m)], receivable.DueLines);
        Assert.Equal(10, receivable.DaysOverdue(resignedOn));
    }

    [Fact]
    public async Task CON2_AManagersOwnRequest_IsNeverInTheirQueue_AndReachesTheDirector()
    {
        var director = await _organisation.UserAsync(CrmRole.MarketingDirector, _east, "陈总");
        var drafted = await Manager.DraftAsync(_opportunityId, Form(unitPrice: 100_000m));
        var id = drafted.Id!.Value;
        var directorContracts = _database.SignIn(director).Contracts;
        var page = new PageRequest(0, 20);

        Assert.Empty((await Manager.ListAsync(page, ContractWorklist.AwaitingMyApproval, null)).Items);
        Assert.Empty((await Manager.GetAsync(id))!.Decidable);
        Assert.Equal([id], (await directorContracts.ListAsync(page, ContractWorklist.AwaitingMyApproval, null)).Items.Select(r => r.Id));
        Assert.Equal([ApprovalReason.PriceBelowList], (await directorContracts.GetAsync(id))!.Decidable);
        await using (var db = _database.CreateContext())
        {
            Assert.Equal([director.Id], await db.Notifications.Where(n => n.Kind == NotificationKind.ContractApprovalRequested).Select(n => n.RecipientId).ToListAsync());
        }

        Assert.Empty(await directorContracts.DecideApprovalAsync(id, ApprovalReason.PriceBelowList, approve: true, "OK for this fleet"));
    }

    [Fact]
    public async Task CON1_ContractNumbersCountUpPerYear_AndOneOpportunityHasOneContract()
    {
        await DraftAsync(unitPrice: 128_000m);
        var second = await DraftAsync(unitPrice: 128_000m, opportunityId: await NegotiatingOpportunityAsync());

        var again = await Rep.DraftAsync(_opportunityId, Form(unitPrice: 128_000m));

        Assert.Equal("HT-2026-0002", (await Rep.GetAsync(second))!.Contract.Number);
        Assert.Equal("Contract.OpportunityHasContract", Assert.Single(again.Errors).Code);
    }

    [Fact]
    public async Task SEC2_ChangedTerms_AreInTheContractsHistory()
    {
        var id = await DraftAsync(unitPrice: 128_000m);
        var form = Form(unitPrice: 128_000m);
        form.PaymentTermsDays = 45;

        Assert.Empty((await Rep.UpdateDraftAsync(id, form)).Errors);

        await using var db = _database.CreateContext();
        var change = await db.AuditEntries.Where(a => a.EntityId == id && a.Field == "Terms.PaymentTermsDays" && a.NewValue == "45").SingleAsync();
        Assert.Equal("张伟", change.ActorName);
    }

    private ContractService Rep => _scenario.RepContracts;

    private ContractService Manager => _scenario.ManagerContracts;

    private ContractService Legal => _scenario.LegalContracts;

    private ContractForm Form(decimal unitPrice) => _scenario.Form(unitPrice);

    private Task<Guid> DraftAsync(decimal unitPrice, Guid? opportunityId = null) => _scenario.DraftAsync(unitPrice, opportunityId);

    private Task<Guid> ApprovedContractAsync() => _scenario.ApprovedContractAsync();

    private Task<Guid> NegotiatingOpportunityAsync() => _scenario.NegotiatingOpportunityAsync();
}
