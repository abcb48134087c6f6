namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>How far an import is: <see cref="Done"/> of <see cref="Total"/> rows.</summary>
public readonly record struct ImportProgress(int Done, int Total);
