namespace SalesCrm.Web.Data.Auditing;

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,

    /// <summary>SEC-3: records left the app in a bulk export; the entry says what was taken and how much.</summary>
    Exported = 4,
}
