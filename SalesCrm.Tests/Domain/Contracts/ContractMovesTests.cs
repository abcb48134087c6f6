using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Contracts;

/// <summary>CON-1..3: the contract's one state table — what <see cref="Contract.AllowedMoves"/> offers is exactly what its methods accept.</summary>
public sealed class ContractMovesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Rep = Guid.NewGuid();
    private static readonly ContractActor Everyone = new(Guid.NewGuid(), Works: true, Reviews: true, DecidesApprovals: true);

    public static TheoryData<ContractStatus> States =>
    [
        ContractStatus.Draft, ContractStatus.InReview, ContractStatus.Approved, ContractStatus.Signed, ContractStatus.InExecution,
        ContractStatus.Completed, ContractStatus.Terminated, ContractStatus.Cancelled,
    ];

    [Theory]
    [MemberData(nameof(States))]
    public void CON3_EveryMoveOffered_IsAccepted_AndEveryMoveNotOffered_IsRefused(ContractStatus status)
    {
        var offered = In(status).AllowedMoves(Everyone, isLatestVersion: true);

        foreach (var move in Enum.GetValues<ContractMove>())
        {
            var contract = In(status);
            var accepted = Record.Exception(() => Apply(contract, move)) is null;
            Assert.True(accepted == offered.Contains(move), $"{status}: {move} offered {offered.Contains(move)}, accepted {accepted}");
        }
    }

    [Fact]
    public void CON2_ADraftWithAnOpenRequest_IsNotOfferedForReview_AndItsRequesterCannotDecideIt()
    {
        var contract = In(ContractStatus.Draft, unitPrice: 90_000m);

        Assert.Equal([ContractMove.Edit, ContractMove.Cancel], contract.AllowedMoves(Everyone, isLatestVersion: true));
        Assert.Throws<DomainException>(contract.SubmitForReview);
        Assert.Empty(contract.DecidableBy(Everyone with { UserId = Rep }));
        Assert.Equal([ApprovalReason.PriceBelowList], contract.DecidableBy(Everyone));
        Assert.Empty(contract.DecidableBy(Everyone with { DecidesApprovals = false }));
    }

    [Fact]
    public void CON3_OnlyTheLatestVersion_IsOfferedANewVersion_AndRolesLimitTheMoves()
    {
        var signed = In(ContractStatus.Signed);

        Assert.DoesNotContain(ContractMove.NewVersion, signed.AllowedMoves(Everyone, isLatestVersion: false));
        Assert.Empty(signed.AllowedMoves(Everyone with { Works = false }, isLatestVersion: true));
        Assert.Equal([ContractMove.ApproveLegally, ContractMove.SendBack], In(ContractStatus.InReview).AllowedMoves(Everyone with { Works = false }, isLatestVersion: true));
    }

    private static void Apply(Contract contract, ContractMove move)
    {
        switch (move)
        {
            case ContractMove.Edit:
                contract.ChangeTerms(Terms(100_000m), SettlementMethod.Monthly, Rep, Now, Company.Calendar);
                break;
            case ContractMove.SubmitForReview:
                contract.SubmitForReview();
                break;
            case ContractMove.ApproveLegally:
                contract.ApproveLegally(null);
                break;
            case ContractMove.SendBack:
                contract.SendBack("Change clause 4");
                break;
            case ContractMove.Sign:
                contract.Sign(IssuedContractPdf.HashOf("pdf"u8.ToArray()), Now);
                break;
            case ContractMove.StartExecution:
                contract.StartExecution();
                break;
            case ContractMove.Complete:
                contract.Complete();
                break;
            case ContractMove.NewVersion:
                contract.NewVersion(SettlementMethod.Monthly, Rep, Now);
                break;
            case ContractMove.Cancel:
                contract.Cancel("Quote again");
                break;
            case ContractMove.Terminate:
                contract.Terminate("Order withdrawn");
                break;
        }
    }

    private static Contract In(ContractStatus status, decimal unitPrice = 100_000m)
    {
        var contract = Contract.Draft("HT-2026-0099", Guid.NewGuid(), null, Rep, Guid.NewGuid(), Terms(unitPrice), SettlementMethod.Monthly, Rep, Now, Company.Calendar);
        var steps = new Dictionary<ContractStatus, Action[]>
        {
            [ContractStatus.Draft] = [],
            [ContractStatus.InReview] = [contract.SubmitForReview],
            [ContractStatus.Approved] = [contract.SubmitForReview, () => contract.ApproveLegally(null)],
            [ContractStatus.Signed] = [contract.SubmitForReview, () => contract.ApproveLegally(null), () => Apply(contract, ContractMove.Sign)],
            [ContractStatus.InExecution] = [contract.SubmitForReview, () => contract.ApproveLegally(null), () => Apply(contract, ContractMove.Sign), contract.StartExecution],
            [ContractStatus.Completed] = [contract.SubmitForReview, () => contract.ApproveLegally(null), () => Apply(contract, ContractMove.Sign), contract.StartExecution, contract.Complete],
            [ContractStatus.Terminated] = [contract.SubmitForReview, () => contract.ApproveLegally(null), () => Apply(contract, ContractMove.Sign), () => contract.Terminate("Withdrawn")],
            [ContractStatus.Cancelled] = [() => contract.Cancel("Quote again")],
        };
        foreach (var step in steps[status])
        {
            step();
        }

        Assert.Equal(status, contract.Status);
        return contract;
    }

    private static ContractTerms Terms(decimal unitPrice) => new(
        [new ContractLine(Guid.NewGuid(), "CPD30", "3 吨电动叉车", "台", 100_000m, 1m, unitPrice)],
        "CNY", new DateOnly(2026, 9, 1), PaymentMethod.BankTransfer, SettlementMethod.Monthly, 30, null, SigningMethod.Paper, null, FreeService: false);
}
