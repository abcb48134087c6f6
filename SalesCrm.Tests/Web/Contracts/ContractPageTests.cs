using Bunit;
using MudBlazor;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Contracts;

namespace SalesCrm.Tests.Web.Contracts;

/// <summary>CON-2/3 on the page: each reader gets the moves their role and the contract's state allow, and no others.</summary>
public sealed class ContractPageTests : IAsyncLifetime
{
    private ContractScenario _scenario = default!;

    public async Task InitializeAsync() => _scenario = await ContractScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task CON2_TheManagerGetsApproveAndReject_TheRepSeesTheRequestWaiting_AndNoSubmitUntilItIsDecided()
    {
        var id = await _scenario.DraftAsync(unitPrice: 120_000m);

        await using var managerView = Render(_scenario.Manager, id, out var managerPage);
        managerPage.WaitForElement("[data-testid=approval-approve]");
        Assert.Single(managerPage.FindAll("[data-testid=approval-reject]"));

        await using var repView = Render(_scenario.Rep, id, out var repPage);
        repPage.WaitForElement("[data-testid=contract-submit-waits]");
        Assert.Equal("Waiting for the manager", repPage.Find("[data-testid=approval-status]").TextContent.Trim());
        Assert.Equal(["contract-edit", "contract-cancel"], repPage.FindAll("[data-testid=contract-actions] button").Select(b => b.GetAttribute("data-testid")));
        Assert.Empty(repPage.FindAll("[data-testid=approval-approve]"));
        Assert.Contains("below list", repPage.Find("[data-testid=contract-lines]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON3_LegalGetsTheReviewMoves_AndNothingElse()
    {
        var id = await _scenario.DraftAsync(unitPrice: 128_000m);
        Assert.Empty(await _scenario.RepContracts.SubmitForReviewAsync(id));

        await using var view = Render(_scenario.Legal, id, out var page);

        page.WaitForElement("[data-testid=contract-legal-approve]");
        var actions = page.FindAll("[data-testid=contract-actions] button").Select(b => b.GetAttribute("data-testid")).ToList();
        Assert.Equal(["contract-legal-approve", "contract-send-back"], actions);
    }

    [Fact]
    public async Task CON4_ASignedContractShowsTheIssuedPdfsHash_AndLinksTheDownload()
    {
        var id = await _scenario.SignedContractAsync();
        var hash = (await _scenario.RepContracts.PdfAsync(id))!.Sha256;

        await using var view = Render(_scenario.Rep, id, out var page);

        Assert.Equal(hash, page.WaitForElement("[data-testid=contract-sha256]").TextContent.Trim());
        Assert.Equal(ContractEndpoints.PdfPath(id), page.Find("[data-testid=contract-pdf]").GetAttribute("href"));
    }

    private CrmTestContext Render(CrmUser user, Guid id, out IRenderedComponent<ContractPage> page)
    {
        var context = new CrmTestContext(_scenario.Database);
        context.SignIn(user);
        context.Render<MudPopoverProvider>();
        page = context.Render<ContractPage>(p => p.Add(x => x.Id, id));
        return context;
    }
}
