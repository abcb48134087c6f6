namespace SalesCrm.Web.Features.Exports;

/// <summary>
/// SEC-3: the downloads that take customer data out of the app. The name is stored as the audit entry's entity type,
/// so it never changes once released (the ledger's exports were written as "ContractLedger" before this list existed).
/// </summary>
public enum ExportKind
{
    ContractPdf = 1,
    CustomerStatement = 2,
    MonthlyStatement = 3,
    ContractLedger = 4,
    LeadImportReport = 5,
    Performance = 6,
}
