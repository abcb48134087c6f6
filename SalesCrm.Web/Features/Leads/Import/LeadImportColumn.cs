namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>A column of a lead import file: the fields of LEAD-1's form, and who is to own the row's lead.</summary>
public enum LeadImportColumn
{
    CompanyName = 1,
    ContactName = 2,
    ContactTitle = 3,
    Phone = 4,
    Email = 5,
    Needs = 6,
    Industry = 7,
    Source = 8,
    Owner = 9,
}
