namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2: one record a figure counts, as its list shows it: <see cref="Title"/> (a contract number or a customer) and
/// <see cref="Detail"/> (the customer of a contract, its number, a complaint's matter), whose it is, its day,
/// <see cref="Amount"/> and, for a share, what it is measured against (<see cref="Of"/>: what is owed, the visits
/// asked for) and whether it is in the share (<see cref="Counts"/>). <see cref="Href"/> opens the record.
/// </summary>
public sealed record CountedRecord(string Title, string? Detail, string Person, DateOnly? On, decimal? Amount, decimal? Of, bool? Counts, string Href);
