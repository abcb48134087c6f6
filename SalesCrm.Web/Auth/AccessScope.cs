namespace SalesCrm.Web.Auth;

/// <summary>How far a permission reaches. <see cref="None"/> is the default for anything not granted (deny by default).</summary>
public enum AccessScope
{
    None = 0,
    Own = 1,
    Region = 2,
    All = 3,
}
