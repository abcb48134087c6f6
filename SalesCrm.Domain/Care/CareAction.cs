namespace SalesCrm.Domain.Care;

/// <summary>CUS-4 (002 §5.4): what was done for an important customer.</summary>
public enum CareAction
{
    Call = 1,
    Gift = 2,
    EventInvitation = 3,
    ProductRecommendation = 4,
}
