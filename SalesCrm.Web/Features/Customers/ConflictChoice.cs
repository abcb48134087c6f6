namespace SalesCrm.Web.Features.Customers;

public enum ConflictChoice
{
    TakeTheirs = 1,
    OverwriteWithMine = 2,
}
