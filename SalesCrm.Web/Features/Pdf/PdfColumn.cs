using PdfSharp.Drawing;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>A table column: its two-language header, width in points and how its cells align.</summary>
internal sealed record PdfColumn(string HeaderZh, string HeaderEn, double Width, XStringAlignment Alignment = XStringAlignment.Near);
