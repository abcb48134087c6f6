namespace SalesCrm.Web.Features.Exports;

/// <summary>The files a table is downloaded as (SEC-3); the name is what the export's audit entry records as its format.</summary>
public enum SheetFormat
{
    Csv = 1,
    Xlsx = 2,
}
