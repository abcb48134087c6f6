using SalesCrm.Tests.TestSupport;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Tests.Domain.Contracts;

/// <summary>CON-2/CON-3: approvals gate legal review, the states follow in order, a signed contract changes only by a new version.</summary>
public sealed class ContractLifecycleTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ContractLine Forklift = new(Guid.NewGuid(), "CPD30", "3 吨电动叉车", "台", 128_000m, 10m, 128_000m);
    private readonly Guid _rep = Guid.NewGuid();
    private readonly Guid _manager = Guid.NewGuid();

    [Fact]
    public void CON1_ADraftAtListPrice_NeedsNoApproval_AndStatesTheDefaultBreachCompensation()
    {
        var contract = Draft(Terms());

        Assert.Equal((ContractStatus.Draft, 1, 0, 5m), (contract.Status, contract.VersionNumber, contract.Approvals.Count, contract.Terms.BreachCompensationPercent));
    }

    [Fact]
    public void CON2_PaymentTermsOverTheCeiling_AreRefused_AndNoDraftExists()
    {
        var e = Assert.Throws<DomainValidationException>(() => Draft(Terms() with { PaymentTermsDays = 90 }));

        Assert.Equal("PaymentTermsDays", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void CON2_APriceBelowList_WaitsForTheManager_BeforeLegalReview()
    {
        var contract = Draft(Terms() with { Lines = [Forklift with { UnitPrice = 119_000m }] });

        Assert.Equal("Contract.ApprovalPending", Assert.Throws<DomainException>(contract.SubmitForReview).Code);
        contract.DecideApproval(ApprovalReason.PriceBelowList, approve: true, _manager, "Fleet deal", Now);
        contract.SubmitForReview();

        Assert.Equal(ContractStatus.InReview, contract.Status);
        Assert.Equal((ApprovalStatus.Approved, _manager), (contract.Approvals[0].Status, contract.Approvals[0].DecidedById));
    }

    [Fact]
    public void CON2_NobodyApprovesTheirOwnRequest()
    {
        var contract = Draft(Terms() with { FreeService = true });

        Assert.Equal("Contract.OwnApproval", Assert.Throws<DomainException>(() => contract.DecideApproval(ApprovalReason.FreeService, true, _rep, null, Now)).Code);
        Assert.Equal(ApprovalStatus.Pending, contract.Approvals[0].Status);
    }

    [Fact]
    public void CON2_ARejectedRequest_NeedsAReason_AndBlocksReview_UntilTheTermsChange()
    {
        var contract = Draft(Terms() with { Settlement = SettlementMethod.Monthly }, customerSettlement: SettlementMethod.Cash);
        Assert.Throws<DomainValidationException>(() => contract.DecideApproval(ApprovalReason.SettlementChange, false, _manager, " ", Now));

        contract.DecideApproval(ApprovalReason.SettlementChange, false, _manager, "Cash customer: no credit without a guarantee", Now);

        Assert.Equal("Contract.ApprovalRejected", Assert.Throws<DomainException>(contract.SubmitForReview).Code);
        contract.ChangeTerms(Terms() with { Settlement = SettlementMethod.Cash }, SettlementMethod.Cash, _rep, Now, Company.Calendar);
        Assert.Empty(contract.Approvals);
        contract.SubmitForReview();
    }

    [Fact]
    public void CON3_LegalSendsBackWithComments_ThenApproves_ThenItIsSignedExecutedAndCompleted()
    {
        var contract = Draft(Terms());
        contract.SubmitForReview();
        Assert.Throws<DomainValidationException>(() => contract.SendBack(""));

        contract.SendBack("第 7 条违约责任需写明计算基数 State the base of the breach compensation");
        Assert.Equal(ContractStatus.Draft, contract.Status);
        contract.SubmitForReview();
        contract.ApproveLegally(null);
        contract.Sign(Hash, Now.AddDays(2));
        contract.StartExecution();
        contract.Complete();

        Assert.Equal((ContractStatus.Completed, Now.AddDays(2), Hash), (contract.Status, contract.SignedAt, contract.IssuedPdfSha256));
    }

    [Theory]
    [InlineData("")]
    [InlineData("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0")]
    public void CON4_SigningKeepsTheIssuedPdfsHash_AndRefusesAnythingElse(string notAHash)
    {
        var contract = Draft(Terms());
        contract.SubmitForReview();
        contract.ApproveLegally(null);

        Assert.Throws<ArgumentException>(() => contract.Sign(notAHash, Now));

        Assert.Equal((ContractStatus.Approved, null), (contract.Status, contract.IssuedPdfSha256));
    }

    [Fact]
    public void CON3_StatesCannotBeSkipped()
    {
        var contract = Draft(Terms());

        Assert.Equal("Contract.NotApproved", Assert.Throws<DomainException>(() => contract.Sign(Hash, Now)).Code);
        Assert.Equal("Contract.NotInReview", Assert.Throws<DomainException>(() => contract.ApproveLegally(null)).Code);
        Assert.Equal("Contract.NotSigned", Assert.Throws<DomainException>(contract.StartExecution).Code);
        Assert.Equal(ContractStatus.Draft, contract.Status);
    }

    [Fact]
    public void CON3_ASignedContract_IsFrozen_AndChangesOnlyThroughANewVersion()
    {
        var contract = Signed();

        Assert.True(contract.IsFrozen);
        Assert.Equal("Contract.NotDraft", Assert.Throws<DomainException>(() => contract.ChangeTerms(Terms(), SettlementMethod.Monthly, _rep, Now, Company.Calendar)).Code);
        var next = contract.NewVersion(SettlementMethod.Monthly, _rep, Now.AddDays(30));

        Assert.Equal((contract.Number, 2, contract.Id, ContractStatus.Draft), (next.Number, next.VersionNumber, next.PreviousVersionId, next.Status));
        Assert.Equal(ContractStatus.Signed, contract.Status);
        next.ChangeTerms(Terms() with { PaymentTermsDays = 45 }, SettlementMethod.Monthly, _rep, Now.AddDays(30), Company.Calendar);
        Assert.Equal((30, 45), (contract.Terms.PaymentTermsDays, next.Terms.PaymentTermsDays));
    }

    [Fact]
    public void CON3_CancelBeforeSigning_TerminateAfter_EachWithAReason()
    {
        var draft = Draft(Terms());
        Assert.Equal("Contract.CannotTerminate", Assert.Throws<DomainException>(() => draft.Terminate("x")).Code);
        draft.Cancel("Customer postponed the project");
        Assert.Equal(ContractStatus.Cancelled, draft.Status);

        var signed = Signed();
        Assert.Equal("Contract.CannotCancel", Assert.Throws<DomainException>(() => signed.Cancel("x")).Code);
        Assert.Throws<DomainValidationException>(() => signed.Terminate(null));
        signed.Terminate("Customer insolvent");
        Assert.Equal((ContractStatus.Terminated, "Customer insolvent"), (signed.Status, signed.EndReason));
    }

    private Contract Draft(ContractTerms terms, SettlementMethod customerSettlement = SettlementMethod.Monthly) =>
        Contract.Draft("HT-2026-0001", Guid.NewGuid(), null, _rep, Guid.NewGuid(), terms, customerSettlement, _rep, Now, Company.Calendar);

    private Contract Signed()
    {
        var contract = Draft(Terms());
        contract.SubmitForReview();
        contract.ApproveLegally("OK");
        contract.Sign(Hash, Now);
        return contract;
    }

    private static ContractTerms Terms() => new(
        [Forklift], "CNY", new DateOnly(2026, 9, 30), PaymentMethod.BankTransfer, SettlementMethod.Monthly, 30, null, SigningMethod.ElectronicSignature,
        "两年保修 Two-year warranty", FreeService: false);
}
