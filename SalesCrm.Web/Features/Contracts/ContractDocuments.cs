using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Contracts.Pdf;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>
/// CON-4: a contract as its PDF — the record mapped onto a <see cref="ContractDocument"/> (Chinese with English, as
/// both parties read it) and rendered. Before signing the PDF says "草稿 DRAFT" across every page.
/// </summary>
public sealed class ContractDocuments(ContractPdfRenderer renderer, Texts texts, CompanyCalendar calendar, IOptions<ContractOptions> options)
{
    /// <summary>CON-4's share paid on signing when the payment method is instalments; the rest falls due with the payment terms.</summary>
    public const decimal InstalmentDownPaymentShare = 0.3m;

    public async Task<byte[]> RenderAsync(CrmDbContext db, Contract contract, DateTimeOffset now, bool issued, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contract);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == contract.CustomerId)
            .Select(c => new { c.Name, c.Address, c.Uscc }).FirstAsync(cancellationToken);
        var contact = await db.Contacts.AsNoTracking().Where(c => c.CustomerId == contract.CustomerId).OrderBy(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var seller = options.Value.Company;
        var buyer = new ContractParty(
            customer.Name, customer.Address ?? string.Empty, customer.Uscc?.Value ?? string.Empty, contact?.Name ?? string.Empty,
            contact?.Phone?.Value ?? contact?.Email?.Value ?? string.Empty);
        return renderer.Render(Map(contract, new ContractParty(seller.Name, seller.Address, seller.Uscc, seller.Representative, seller.Contact), buyer, now, issued));
    }

    private ContractDocument Map(Contract contract, ContractParty seller, ContractParty buyer, DateTimeOffset now, bool issued)
    {
        var terms = contract.Terms;
        var today = calendar.DayOf(now);
        return new ContractDocument
        {
            ContractNumber = contract.Number,
            Title = "销售合同 Sales Contract",
            Version = contract.VersionNumber,
            IssueDate = issued ? today : calendar.DayOf(contract.SignedAt ?? now),
            Currency = terms.Currency,
            Seller = seller,
            Buyer = buyer,
            Lines = terms.Lines.Select((l, i) => new ContractDocumentLine(i + 1, l.ProductCode, l.ProductName, l.Unit, l.Quantity, l.UnitPrice, l.Total)).ToList(),
            Total = terms.Total.Amount,
            DeliveryDate = terms.DeliveryDate ?? today,
            PaymentMethod = Both($"PaymentMethod.{terms.PaymentMethod}"),
            PaymentTermDays = terms.PaymentTermsDays ?? 0,
            PaymentSchedule = Schedule(terms, today),
            BreachCompensationPercent = terms.EffectiveBreachCompensationPercent,
            SigningMethod = Both($"SigningMethod.{terms.SigningMethod}"),
            ServiceCommitments = terms.ServiceCommitments ?? "—",
            Watermark = issued || contract.SignedAt is not null ? null : "草稿 DRAFT",
        };
    }

    /// <summary>
    /// AR-1: the dates the contract fixes. Everything falls due the payment terms after delivery; with instalments,
    /// <see cref="InstalmentDownPaymentShare"/> is paid on signing.
    /// </summary>
    private static IReadOnlyList<ContractInstalment> Schedule(ContractTerms terms, DateOnly signing)
    {
        var total = terms.Total.Amount;
        var due = (terms.DeliveryDate ?? signing).AddDays(terms.PaymentTermsDays ?? 0);
        if (terms.PaymentMethod != PaymentMethod.Instalments)
        {
            return [new ContractInstalment(due, total, $"交货后 {terms.PaymentTermsDays ?? 0} 天内付清 In full within {terms.PaymentTermsDays ?? 0} days of delivery")];
        }

        var down = decimal.Round(total * InstalmentDownPaymentShare, 2, MidpointRounding.AwayFromZero);
        return
        [
            new ContractInstalment(signing, down, "签约预付款 Down payment on signing"),
            new ContractInstalment(due, total - down, $"余款，交货后 {terms.PaymentTermsDays ?? 0} 天内 Balance within {terms.PaymentTermsDays ?? 0} days of delivery"),
        ];
    }

    private string Both(string key) =>
        $"{texts.Catalogue(Texts.SimplifiedChinese).GetValueOrDefault(key, key)} {texts.Catalogue(Texts.English).GetValueOrDefault(key, key)}";
}
