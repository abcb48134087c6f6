using SalesCrm.Domain.Contracts;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / CON-2, CON-3: the sales manager's approval comment, legal's review comments and the reason a contract
// is cancelled or terminated. Hostile text comes back on its field; the contract keeps its state and its texts.
public sealed class HostileContractReviewInputTests : IAsyncLifetime
{
    private ContractScenario _s = null!;

    public async Task InitializeAsync() => _s = await ContractScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CON2_AHostileApprovalComment_IsRefusedOnTheComment_WhetherApprovingOrRejecting_AndTheRequestStaysOpen(string hostile, string code)
    {
        var id = await _s.DraftAsync(unitPrice: 120_000m);
        var text = HostileInput.Text(hostile);

        var approved = await _s.ManagerContracts.DecideApprovalAsync(id, ApprovalReason.PriceBelowList, approve: true, text);
        var rejected = await _s.ManagerContracts.DecideApprovalAsync(id, ApprovalReason.PriceBelowList, approve: false, text);

        Assert.Equal([("Comment", code), ("Comment", code)], new[] { Assert.Single(approved), Assert.Single(rejected) }.Select(e => (e.Field, e.Code)));
        var request = Assert.Single((await _s.RepContracts.GetAsync(id))!.Contract.Approvals);
        Assert.Equal((ApprovalStatus.Pending, (string?)null), (request.Status, request.Comment));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CON3_HostileLegalComments_AreRefusedOnTheComments_WhetherApprovingOrSendingBack_AndTheContractStaysInReview(string hostile, string code)
    {
        var id = await _s.DraftAsync(unitPrice: 128_000m);
        Assert.Empty(await _s.RepContracts.SubmitForReviewAsync(id));
        var text = HostileInput.Text(hostile);

        var approved = await _s.LegalContracts.ApproveLegallyAsync(id, text);
        var sentBack = await _s.LegalContracts.SendBackAsync(id, text);

        Assert.Equal([("Comments", code), ("Comments", code)], new[] { Assert.Single(approved), Assert.Single(sentBack) }.Select(e => (e.Field, e.Code)));
        var contract = (await _s.RepContracts.GetAsync(id))!.Contract;
        Assert.Equal((ContractStatus.InReview, (string?)null), (contract.Status, contract.LegalComments));
    }

    [Fact]
    public async Task CON3_MarkupInLegalComments_IsStoredExactlyAsTyped()
    {
        var id = await _s.DraftAsync(unitPrice: 128_000m);
        Assert.Empty(await _s.RepContracts.SubmitForReviewAsync(id));

        Assert.Empty(await _s.LegalContracts.SendBackAsync(id, $"第 3 条：{HostileInput.Script}\r\n请修改"));

        Assert.Equal($"第 3 条：{HostileInput.Script}\r\n请修改", (await _s.RepContracts.GetAsync(id))!.Contract.LegalComments);
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CON3_AHostileReasonToCancelOrTerminate_IsRefusedOnTheReason_AndTheContractIsNotEnded(string hostile, string code)
    {
        var draft = await _s.DraftAsync(unitPrice: 128_000m);
        var signed = await _s.SignedContractAsync(await _s.NegotiatingOpportunityAsync());
        var text = HostileInput.Text(hostile);

        var cancelled = await _s.RepContracts.CancelAsync(draft, text);
        var terminated = await _s.RepContracts.TerminateAsync(signed, text);

        Assert.Equal([("Reason", code), ("Reason", code)], new[] { Assert.Single(cancelled), Assert.Single(terminated) }.Select(e => (e.Field, e.Code)));
        var (stillDraft, stillSigned) = ((await _s.RepContracts.GetAsync(draft))!.Contract, (await _s.RepContracts.GetAsync(signed))!.Contract);
        Assert.Equal((ContractStatus.Draft, ContractStatus.Signed, (string?)null, (string?)null), (stillDraft.Status, stillSigned.Status, stillDraft.EndReason, stillSigned.EndReason));
    }
}
