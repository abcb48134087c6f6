namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>A party to the contract as the parties block and its signature block show it.</summary>
/// <param name="Uscc">The unified social credit code (统一社会信用代码); empty when the party has none on record.</param>
/// <param name="Representative">The legal or authorised representative who signs.</param>
/// <param name="Contact">Phone or e-mail of the party's contact person; empty when none.</param>
public sealed record ContractParty(string Name, string Address, string Uscc, string Representative, string Contact);
