namespace SalesCrm.Web.Features.Customers;

/// <summary>CUS-3: an entry of the managed list of lost reasons, with how many customers were lost for it.</summary>
public sealed record LostReasonRow(Guid Id, string NameEn, string NameZh, bool IsActive, int Customers)
{
    public Tiers.LostReasonName Name => new(NameEn, NameZh);
}
