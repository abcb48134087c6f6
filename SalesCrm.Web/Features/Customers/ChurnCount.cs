namespace SalesCrm.Web.Features.Customers;

/// <summary>How many lost customers share <see cref="Key"/>.</summary>
public sealed record ChurnCount<TKey>(TKey Key, int Count);
