namespace SalesCrm.Web.Features.Complaints;

/// <summary>How many requests the dashboard counts under one status, kind or category; zero included.</summary>
public sealed record ServiceCount<TKey>(TKey Key, int Count)
    where TKey : struct, Enum;
