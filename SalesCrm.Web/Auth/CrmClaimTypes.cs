namespace SalesCrm.Web.Auth;

public static class CrmClaimTypes
{
    public const string Region = "salescrm:region";
    public const string DisplayName = "salescrm:name";

    /// <summary>When the user signed in (Unix seconds), kept when the principal is refreshed: the absolute session lifetime counts from it.</summary>
    public const string SignedInAt = "salescrm:signed_in_at";
}
