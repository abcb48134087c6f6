namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>A company as a statement shows it: the issuer in its letterhead, the customer in the addressee block.</summary>
/// <param name="Uscc">The unified social credit code (统一社会信用代码); empty when none is on record.</param>
/// <param name="Contact">Phone and e-mail as one display text; empty when none.</param>
public sealed record StatementParty(string Name, string Address, string Uscc, string Contact);
