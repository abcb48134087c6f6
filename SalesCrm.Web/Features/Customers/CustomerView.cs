using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Customers;

/// <summary>A customer file as its page shows it, with what the viewer may do with it.</summary>
public sealed record CustomerView(
    CustomerFormModel Data,
    string Region,
    string Owner,
    string? AccountManager,
    DateTimeOffset FirstContactAt,
    bool CanEditProfile,
    bool CanEditTerms,
    bool CanTransfer)
{
    /// <summary>TIER-1/2 and CUS-3: the grade and why, the account manager flag, the loss.</summary>
    public Tiers.CustomerStanding? Standing { get; init; }

    public Guid Id => Data.Id!.Value;
    public string Name => Data.Name;
    public CustomerStatus Status => Data.Status;
}
