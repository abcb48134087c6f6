namespace SalesCrm.Web.Auth;

public static class CrmClaimTypes
{
    public const string Region = "salescrm:region";
    public const string DisplayName = "salescrm:name";
}
