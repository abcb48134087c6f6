using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>
/// A contract of a saved customer taken through CON-3 to signed and saved, as the contract service will leave it, with
/// its consequences (receivable, customer amount and grade, opportunity) in the same save.
/// </summary>
internal sealed class SignedContractBuilder(TestDatabase database)
{
    private static int _numbers;
    private decimal _total = 100_000m;
    private int _termsDays = 30;
    private SettlementMethod _settlement = SettlementMethod.Monthly;
    private DateTimeOffset? _signedAt;
    private Guid? _opportunityId;

    public SignedContractBuilder Total(decimal total)
    {
        _total = total;
        return this;
    }

    public SignedContractBuilder Terms(int days, SettlementMethod settlement = SettlementMethod.Monthly)
    {
        _termsDays = days;
        _settlement = settlement;
        return this;
    }

    /// <summary>PIPE-1: the contract of this opportunity (in negotiation), whose signing signs it.</summary>
    public SignedContractBuilder ForOpportunity(Guid opportunityId)
    {
        _opportunityId = opportunityId;
        return this;
    }

    public SignedContractBuilder SignedAt(DateTimeOffset at)
    {
        _signedAt = at;
        return this;
    }

    public async Task<Contract> SaveAsync(Customer customer, CrmUser owner)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(owner);
        var at = _signedAt ?? database.Time.GetUtcNow();
        var terms = new ContractTerms(
            [new ContractLine(Guid.NewGuid(), "CPD30", "3 吨电动叉车", "台", _total, 1m, _total)],
            "CNY", Company.Calendar.DayOf(at).AddDays(60), PaymentMethod.BankTransfer, _settlement, _termsDays, null, SigningMethod.Paper, null, FreeService: false);
        var contract = Contract.Draft($"HT-T-{Interlocked.Increment(ref _numbers):D5}", customer.Id, _opportunityId, owner.Id, customer.RegionId, terms, _settlement, owner.Id, at, Company.Calendar);
        contract.SubmitForReview();
        contract.ApproveLegally(null);
        contract.Sign(IssuedContractPdf.HashOf("issued pdf"u8.ToArray()), at);
        await using var db = database.CreateContext();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return contract;
    }
}
