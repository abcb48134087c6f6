namespace SalesCrm.Web.Features.Customers;

public enum SaveOutcome
{
    Saved = 1,
    Invalid = 2,
    Conflict = 3,
    NotFound = 4,

    /// <summary>OWN-3: the customer is already owned; nothing was saved.</summary>
    Collision = 5,
}
