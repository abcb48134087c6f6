namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>What became of one row of an import file.</summary>
public enum LeadImportOutcome
{
    /// <summary>LEAD-1: the row is now a lead of its owner (OWN-1: first contact now).</summary>
    Created = 1,

    /// <summary>OWN-3: the company is already someone's customer or lead; nothing was saved.</summary>
    AlreadyOwned = 2,

    /// <summary>An earlier row of the same file claimed the company; nothing was saved.</summary>
    DuplicateInFile = 3,

    /// <summary>The row's data is not a valid lead; nothing was saved.</summary>
    Invalid = 4,

    /// <summary>The import was cancelled before this row.</summary>
    NotProcessed = 5,
}
