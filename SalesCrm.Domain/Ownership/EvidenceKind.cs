namespace SalesCrm.Domain.Ownership;

/// <summary>What a rep offers as proof of an earlier first contact in an OWN-5 dispute.</summary>
public enum EvidenceKind
{
    Visit = 1,
    Phone = 2,
    Email = 3,
    Other = 4,
}
