namespace SalesCrm.Domain.Ownership;

/// <summary>The strong keys of OWN-2: any one of them equal means "same customer".</summary>
public enum MatchKind
{
    CompanyName = 1,
    Uscc = 2,
    Phone = 3,
    Email = 4,
}
