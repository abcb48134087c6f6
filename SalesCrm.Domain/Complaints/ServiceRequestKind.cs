namespace SalesCrm.Domain.Complaints;

/// <summary>SVC-1: what the customer brings to customer service.</summary>
public enum ServiceRequestKind
{
    Complaint = 1,

    /// <summary>Including order and delivery tracking.</summary>
    Inquiry = 2,

    Suggestion = 3,

    ReturnOrExchange = 4,
}
