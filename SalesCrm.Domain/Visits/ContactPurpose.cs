namespace SalesCrm.Domain.Visits;

/// <summary>Why a contact is made or planned: regular follow-up, a monthly return visit after signing (VIS-4), a visit
/// the customer asked for (VIS-5) or customer care (CUS-4).</summary>
public enum ContactPurpose
{
    Regular = 1,
    ReturnVisit = 2,
    RequestedVisit = 3,
    Care = 4,
}
