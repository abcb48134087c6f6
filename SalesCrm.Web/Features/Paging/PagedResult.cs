namespace SalesCrm.Web.Features.Paging;

/// <summary>One page of a server-paged list and the total the pager needs.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);
