using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-2: what one signing counts towards the signed-amount figures, credited to the rep who owned the customer and the
/// region it was in on the company day it was signed — a later transfer of the customer moves its contracts, not the
/// performance already achieved. A new version of a signed contract credits only what it adds (or takes away) against
/// the version before. Terminating a contract voids the credits of its number from then on: the live figures of the
/// months it was signed in drop it, while a verified month's snapshot keeps what finance signed off.
/// </summary>
public sealed class SigningCredit : Entity
{
    private SigningCredit()
    {
        ContractNumber = string.Empty;
    }

    public Guid ContractId { get; private set; }
    public string ContractNumber { get; private set; }
    public int VersionNumber { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid RepId { get; private set; }
    public Guid RegionId { get; private set; }
    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>The company day of the signing (CAL-1), what periods are counted by.</summary>
    public DateOnly SignedOn { get; private set; }

    /// <summary>Yuan credited: the contract's total for a first version, the change against the previous version for a later one.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Whether this is the customer's first counted signing (KPI-2: the customer is a new valid customer in its period).</summary>
    public bool FirstForCustomer { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    /// <summary>
    /// The credit of a contract just signed. <paramref name="previousTotal"/> is the total of the version it replaces;
    /// null for a first version. Only CNY contracts are credited (targets are in yuan): null otherwise.
    /// </summary>
    public static SigningCredit? For(Contract contract, decimal? previousTotal, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(calendar);
        if (contract.SignedAt is not { } signedAt)
        {
            throw new ArgumentException("Only a signed contract is credited.", nameof(contract));
        }

        var total = contract.Terms.Total;
        if (total.Currency != Money.DefaultCurrency)
        {
            return null;
        }

        return new SigningCredit
        {
            ContractId = contract.Id, ContractNumber = contract.Number, VersionNumber = contract.VersionNumber, CustomerId = contract.CustomerId,
            RepId = contract.OwnerId, RegionId = contract.RegionId, SignedAt = signedAt, SignedOn = calendar.DayOf(signedAt),
            Amount = total.Amount - (previousTotal ?? 0m),
        };
    }

    public bool IsCounted => VoidedAt is null;

    public void Void(DateTimeOffset at) => VoidedAt ??= at;

    /// <summary>
    /// KPI-2: marks which of one customer's credits is its first counted signing: the earliest first version not voided.
    /// Called with all of the customer's credits whenever one is added or voided.
    /// </summary>
    public static void MarkFirst(IEnumerable<SigningCredit> customerCredits)
    {
        ArgumentNullException.ThrowIfNull(customerCredits);
        var credits = customerCredits.ToList();
        var first = credits.Where(c => c.IsCounted && c.VersionNumber == 1).OrderBy(c => c.SignedAt).ThenBy(c => c.ContractNumber, StringComparer.Ordinal).FirstOrDefault();
        foreach (var credit in credits)
        {
            credit.FirstForCustomer = ReferenceEquals(credit, first);
        }
    }
}
