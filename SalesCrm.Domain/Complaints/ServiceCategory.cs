namespace SalesCrm.Domain.Complaints;

/// <summary>SVC-1 (ours): what the matter is about, so the service dashboard can count complaints by category.</summary>
public enum ServiceCategory
{
    ProductQuality = 1,
    Delivery = 2,
    Installation = 3,
    ServiceAttitude = 4,
    Billing = 5,
    OrderTracking = 6,
    Other = 7,
}
