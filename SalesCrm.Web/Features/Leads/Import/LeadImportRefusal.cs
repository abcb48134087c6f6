namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>Why a whole file was refused before any row was applied; <see cref="Code"/> is the message's catalogue key, <see cref="Args"/> its values.</summary>
public sealed record LeadImportRefusal(string Code, string Message, IReadOnlyList<string> Args);
