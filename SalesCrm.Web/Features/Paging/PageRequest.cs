namespace SalesCrm.Web.Features.Paging;

/// <summary>Which page of a list, sorted how. Page size is capped so no request loads a whole table.</summary>
public sealed record PageRequest(int Page, int PageSize, string? SortBy = null, bool Descending = false, string? Search = null)
{
    public const int MaxPageSize = 100;

    public int Skip => Math.Max(0, Page) * Take;

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}
