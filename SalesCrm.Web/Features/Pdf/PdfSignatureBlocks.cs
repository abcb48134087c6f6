using PdfSharp.Drawing;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// Two signature blocks side by side, each with the signer's name, a dashed box for the company seal and lines to sign
/// and date on. Both share one height and one grid, so the two signature lines sit level. Measure first
/// (<see cref="Height"/>) to keep the blocks on one page with what introduces them, then <see cref="Draw"/>.
/// Compact blocks put the signature and date lines beside the seal instead of under it, for a document whose
/// signatures should share the last page with the text they confirm.
/// </summary>
internal sealed class PdfSignatureBlocks
{
    private const double Gap = 24;
    private const double SealSize = 80;
    private const double SignatureLineHeight = 40;
    private const double CompactSignatureLineHeight = 26;

    private readonly PdfPageCursor _cursor;
    private readonly (string Role, IReadOnlyList<string> Name) _left;
    private readonly (string Role, IReadOnlyList<string> Name) _right;
    private readonly double _width;
    private readonly double _nameHeight;
    private readonly double _lineHeight;

    public PdfSignatureBlocks(PdfPageCursor cursor, (string Role, string Name) left, (string Role, string Name) right, bool compact = false)
    {
        _cursor = cursor;
        var fonts = cursor.Fonts;
        _width = (cursor.ContentWidth - Gap) / 2;
        _left = (left.Role, cursor.Wrap(left.Name, fonts.Body, TextWidth));
        _right = (right.Role, cursor.Wrap(right.Name, fonts.Body, TextWidth));
        var names = Math.Max(_left.Name.Count, _right.Name.Count) * PdfPageCursor.LineHeight(fonts.Body);
        _lineHeight = compact ? CompactSignatureLineHeight : SignatureLineHeight;
        _nameHeight = compact ? Math.Max(names + 6, SealSize - 2 * _lineHeight) : Math.Max(names, SealSize - 14);
        Height = PdfPageCursor.LineHeight(fonts.BodyBold) + 4 + _nameHeight + 2 * _lineHeight;
    }

    public double Height { get; }

    private double TextWidth => _width - SealSize - 12;

    public void Draw()
    {
        Block(_left.Role, _left.Name, PdfPageCursor.Left);
        Block(_right.Role, _right.Name, PdfPageCursor.Left + _width + Gap);
        _cursor.Y += Height;
    }

    private void Block(string role, IReadOnlyList<string> name, double x)
    {
        var fonts = _cursor.Fonts;
        var y = _cursor.Y;
        _cursor.DrawLines([role], fonts.BodyBold, x, y, _width);
        y += PdfPageCursor.LineHeight(fonts.BodyBold) + 4;
        _cursor.DrawLines(name, fonts.Body, x, y, TextWidth);

        var sealBox = new XRect(x + _width - SealSize, y, SealSize, SealSize);
        _cursor.Graphics.DrawRectangle(new XPen(XColor.FromArgb(0x90, 0x96, 0xA0), 0.6) { DashStyle = XDashStyle.Dash }, sealBox);
        _cursor.DrawLines([PdfLabels.Seal], fonts.Small, sealBox.X, sealBox.Y + (SealSize - PdfPageCursor.LineHeight(fonts.Small)) / 2, SealSize, XStringAlignment.Center, fonts.MutedBrush);

        y += _nameHeight;
        SignatureLine(PdfLabels.Signature, x, y);
        SignatureLine(PdfLabels.SignatureDate, x, y + _lineHeight);
    }

    /// <summary>A label with room to sign or write above the rule beneath it.</summary>
    private void SignatureLine(string label, double x, double y)
    {
        _cursor.DrawLines([label], _cursor.Fonts.Small, x, y, TextWidth);
        var lineY = y + _lineHeight - 8;
        _cursor.Graphics.DrawLine(new XPen(XColors.Black, 0.6), x, lineY, x + TextWidth, lineY);
    }
}
