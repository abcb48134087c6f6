using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// CUS-3: the churn analysis (流失客户分析表, 003 §8.3.7) over the months from <see cref="From"/>: the customers lost then
/// (a customer who came back since still counts: the loss happened) by reason, by grade, by region and by month.
/// </summary>
public sealed record ChurnReport(
    DateOnly From,
    int Lost,
    IReadOnlyList<ChurnCount<Tiers.LostReasonName>> ByReason,
    IReadOnlyList<ChurnCount<Tier>> ByTier,
    IReadOnlyList<ChurnCount<string>> ByRegion,
    IReadOnlyList<ChurnCount<DateOnly>> ByMonth,
    IReadOnlyList<ChurnedCustomer> Recent);
