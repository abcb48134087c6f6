using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Targets;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;

namespace SalesCrm.Tests.Web.Performance;

// KPI-2: what a signing counts towards the figures follows the contracts in the same save.
public sealed class SigningCreditTests : IAsyncLifetime
{
    private ContractScenario _s = null!;

    public async Task InitializeAsync() => _s = await ContractScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task KPI2_ASigningAt0030BeijingOnTheFirstOfApril_IsCreditedToTheRepAndRegionOnThatCompanyDay()
    {
        var id = await _s.ApprovedContractAsync();
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero));

        Assert.Empty(await _s.RepContracts.SignAsync(id));

        var credit = await SingleCreditAsync();
        Assert.Equal(
            (id, _s.Rep.Id, _s.East.Id, new DateOnly(2026, 4, 1), 1_280_000m, true),
            (credit.ContractId, credit.RepId, credit.RegionId, credit.SignedOn, credit.Amount, credit.FirstForCustomer));
    }

    [Fact]
    public async Task KPI2_ACustomerTransferredAfterSigning_KeepsTheSigningCreditedToTheRepWhoSignedIt()
    {
        await _s.SignedContractAsync();
        var colleague = await _s.Organisation.UserAsync(CrmRole.SalesRep, _s.East);

        Assert.Empty(await _s.Database.SignIn(_s.Manager).Ownership.TransferAsync(_s.Customer.Id, colleague.Id, "Rebalanced territory"));

        Assert.Equal(_s.Rep.Id, (await SingleCreditAsync()).RepId);
    }

    [Fact]
    public async Task KPI2_ASignedNewVersion_CreditsOnlyWhatItAdds_AndIsNotTheCustomersFirstSigning()
    {
        var first = await _s.SignedContractAsync();
        var second = (await _s.RepContracts.NewVersionAsync(first)).Id!.Value;
        Assert.Empty((await _s.RepContracts.UpdateDraftAsync(second, _s.Form(unitPrice: 130_000m))).Errors);
        Assert.Empty(await _s.RepContracts.SubmitForReviewAsync(second));
        Assert.Empty(await _s.LegalContracts.ApproveLegallyAsync(second, null));

        Assert.Empty(await _s.RepContracts.SignAsync(second));

        var credits = await CreditsAsync();
        Assert.Equal([(1, 1_280_000m, true), (2, 20_000m, false)], credits.Select(c => (c.VersionNumber, c.Amount, c.FirstForCustomer)));
    }

    [Fact]
    public async Task KPI2_TerminatingAContract_VoidsItsCredit_AndTheCustomersNextSigningBecomesItsFirst()
    {
        var first = await _s.SignedContractAsync();
        _s.Database.Time.Advance(TimeSpan.FromDays(3));
        await _s.SignedContractAsync(await _s.NegotiatingOpportunityAsync());

        Assert.Empty(await _s.RepContracts.TerminateAsync(first, "客户破产 The customer went bankrupt"));

        var credits = await CreditsAsync();
        Assert.Equal([(first, false, false), (credits[1].ContractId, true, true)], credits.Select(c => (c.ContractId, c.IsCounted, c.FirstForCustomer)));
    }

    [Fact]
    public async Task KPI2_ADatabaseFromBeforeTheFigures_GetsTheSameCreditsOnceOnStart_AsSigningWouldHaveMade()
    {
        var first = await _s.SignedContractAsync();
        _s.Database.Time.Advance(TimeSpan.FromDays(3));
        await _s.SignedContractAsync(await _s.NegotiatingOpportunityAsync());
        Assert.Empty(await _s.RepContracts.TerminateAsync(first, "客户破产 The customer went bankrupt"));
        var made = (await CreditsAsync()).Select(c => (c.ContractId, c.SignedOn, c.Amount, c.IsCounted, c.FirstForCustomer)).ToList();
        await using (var db = _s.Database.CreateContext())
        {
            await db.SigningCredits.ExecuteDeleteAsync();
            await db.DataUpgrades.Where(u => u.Id == SigningCreditBackfill.Id).ExecuteDeleteAsync();
        }

        for (var run = 0; run < 2; run++)
        {
            await using var db = _s.Database.CreateContext();
            await new SigningCreditBackfill(db, _s.Database.Calendar, _s.Database.Time, NullLogger<SigningCreditBackfill>.Instance).RunAsync();
        }

        Assert.Equal(made, (await CreditsAsync()).Select(c => (c.ContractId, c.SignedOn, c.Amount, c.IsCounted, c.FirstForCustomer)));
    }

    [Fact]
    public async Task KPI2_TheBackfillOnADatabaseWhoseSigningsWereAlreadyCredited_AddsNothing_AndFailsNothing()
    {
        await _s.SignedContractAsync();
        var before = await CreditsAsync();

        await using (var db = _s.Database.CreateContext())
        {
            await new SigningCreditBackfill(db, _s.Database.Calendar, _s.Database.Time, NullLogger<SigningCreditBackfill>.Instance).RunAsync();
        }

        Assert.Equal(before.Select(c => c.Id), (await CreditsAsync()).Select(c => c.Id));
    }

    private async Task<SigningCredit> SingleCreditAsync() => Assert.Single(await CreditsAsync());

    private async Task<List<SigningCredit>> CreditsAsync()
    {
        await using var db = _s.Database.CreateContext();
        return await db.SigningCredits.AsNoTracking().OrderBy(c => c.SignedAt).ThenBy(c => c.VersionNumber).ToListAsync();
    }
}
