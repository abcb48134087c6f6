using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-2: what a record said before an edit made after 24 hours, with who replaced it and when.</summary>
public sealed record VisitVersionRow(ContactLogVersion Version, string ReplacedBy);
