namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// What a rendering writes besides its pages: the document information and the footer's left text ("Page x of y" is
/// on the right of every footer).
/// </summary>
/// <param name="Created">From the document's own data, never the clock, so the same input gives the same information.</param>
internal sealed record DocumentInfo(string Title, string Subject, DateTime Created, string FooterText);
