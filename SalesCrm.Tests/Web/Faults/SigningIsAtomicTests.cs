using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Faults;

/// <summary>
/// Fault drill (AR-1, PIPE-1, TIER-1): signing writes the contract, its PDF, the receivable, the customer's figures and
/// the opportunity in one save; a failure between the parts leaves nothing of it, and the signing can be tried again.
/// </summary>
public sealed class SigningIsAtomicTests : IAsyncLifetime
{
    private readonly CommandFault _fault = new();
    private ContractScenario _s = null!;

    public async Task InitializeAsync() => _s = await ContractScenario.CreateAsync(interceptors: _fault);

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Theory]
    [InlineData("INSERT INTO \"Receivables\"")]
    [InlineData("INSERT INTO \"IssuedContractPdfs\"")]
    [InlineData("UPDATE \"Opportunities\"")]
    [InlineData("UPDATE \"Customers\"")]
    public async Task AR1_AFailureBetweenThePartsOfASigning_LeavesNothingSigned_AndTheSigningCanBeRepeated(string failingPart)
    {
        var id = await _s.ApprovedContractAsync();
        _fault.FailNext(failingPart);

        var failed = await Record.ExceptionAsync(() => _s.RepContracts.SignAsync(id));

        Assert.Equal(1, _fault.Injected);
        Assert.NotNull(failed);
        Assert.Equal((ContractStatus.Approved, 0, 0, OpportunityStage.Negotiation, 0m), await StateAsync(id));

        Assert.Empty(await _s.RepContracts.SignAsync(id));
        var (status, receivables, pdfs, stage, signed) = await StateAsync(id);
        Assert.Equal((ContractStatus.Signed, 1, 1, OpportunityStage.Signing), (status, receivables, pdfs, stage));
        Assert.True(signed > 0);
    }

    private async Task<(ContractStatus Status, int Receivables, int Pdfs, OpportunityStage Stage, decimal Signed)> StateAsync(Guid contractId)
    {
        await using var db = _s.Database.CreateContext();
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId);
        return (
            contract.Status,
            await db.Receivables.CountAsync(r => r.ContractId == contractId),
            await db.IssuedContractPdfs.CountAsync(p => p.ContractId == contractId),
            await db.Opportunities.Where(o => o.Id == _s.OpportunityId).Select(o => o.Stage).SingleAsync(),
            await db.Customers.Where(c => c.Id == _s.Customer.Id).Select(c => c.SignedContractsTotal).SingleAsync());
    }
}
