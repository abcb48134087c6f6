using SalesCrm.Domain.Common;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// One row of an import file and what became of it. <see cref="Row"/> is the row number a spreadsheet shows (the header
/// is row 1). An owned company is told only by owner, region and since when (OWN-3: no contact details of it).
/// </summary>
public sealed record LeadImportRow(
    int Row,
    IReadOnlyList<string> Values,
    string CompanyName,
    LeadImportOutcome Outcome,
    Guid? LeadId = null,
    string? Owner = null,
    OwnedMatch? Match = null,
    int? FirstRow = null,
    IReadOnlyList<ValidationError>? Errors = null);
