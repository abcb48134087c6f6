namespace SalesCrm.Domain.Customers;

/// <summary>The commercial side of a customer (CUS-1): how it settles and how far it is trusted. Service staff may not change it (SEC-1).</summary>
public sealed record CommercialTerms(SettlementMethod Settlement, CreditStanding Credit)
{
    public static CommercialTerms Default { get; } = new(SettlementMethod.Cash, CreditStanding.Normal);
}
