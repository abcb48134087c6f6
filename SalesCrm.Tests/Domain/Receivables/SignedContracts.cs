using SalesCrm.Tests.TestSupport;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Tests.Domain.Receivables;

/// <summary>A contract taken through CON-3 to signed, as receivables start from one.</summary>
internal static class SignedContracts
{
    public static Contract Signed(DateTimeOffset signedAt, int paymentTermsDays = 30, decimal unitPrice = 100_000m, SettlementMethod settlement = SettlementMethod.Monthly, string currency = "CNY")
    {
        var rep = Guid.NewGuid();
        var terms = new ContractTerms(
            [new ContractLine(Guid.NewGuid(), "CPD30", "3 吨电动叉车", "台", unitPrice, 1m, unitPrice)],
            currency, Company.Calendar.DayOf(signedAt).AddDays(90), PaymentMethod.BankTransfer, settlement, paymentTermsDays, null, SigningMethod.Paper, null, FreeService: false);
        var contract = Contract.Draft("HT-2026-0042", Guid.NewGuid(), null, rep, Guid.NewGuid(), terms, settlement, rep, signedAt, Company.Calendar);
        contract.SubmitForReview();
        contract.ApproveLegally(null);
        contract.Sign(IssuedContractPdf.HashOf("issued pdf"u8.ToArray()), signedAt);
        return contract;
    }
}
