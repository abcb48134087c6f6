using System.Text;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// Greedy line breaking for mixed Chinese and Latin text: Latin breaks between words, Chinese between any two
/// characters (it has no spaces), closing punctuation never starts a line and opening punctuation never ends one.
/// A word wider than the line is cut where it must. Each line break in the text starts a new paragraph.
/// </summary>
internal static class TextWrapper
{
    private const string Closing = "，。、；：！？）》」』】〕”’,.;:!?)]}%·";
    private const string Opening = "（《「『【〔“‘([{";

    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(paragraph.TrimEnd(), width, measure, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, double width, Func<string, double> measure, List<string> lines)
    {
        // Widths add up: PDFsharp applies no kerning, so a line is as wide as its tokens together.
        var line = new StringBuilder();
        var lineWidth = 0.0;
        var pendingSpace = false;
        foreach (var token in Tokens(paragraph))
        {
            if (token == " ")
            {
                pendingSpace = line.Length > 0;
                continue;
            }

            var tokenWidth = measure(token);
            var spaceWidth = pendingSpace ? measure(" ") : 0;
            pendingSpace = false;
            if (lineWidth + spaceWidth + tokenWidth <= width)
            {
                line.Append(spaceWidth > 0 ? " " : "").Append(token);
                lineWidth += spaceWidth + tokenWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            lineWidth = 0;
            foreach (var piece in tokenWidth <= width ? [token] : Cut(token, width, measure))
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                }

                line.Clear().Append(piece);
                lineWidth = measure(piece);
            }
        }

        lines.Add(line.ToString());
    }

    /// <summary>Words, single spaces and single CJK characters, with punctuation glued to the side it belongs to.</summary>
    private static List<string> Tokens(string paragraph)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var glueNext = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        foreach (var c in paragraph)
        {
            if (char.IsWhiteSpace(c))
            {
                Flush();
                glueNext = false;
                if (tokens.Count > 0 && tokens[^1] != " ")
                {
                    tokens.Add(" ");
                }

                continue;
            }

            if (Closing.Contains(c, StringComparison.Ordinal) && current.Length == 0 && tokens.Count > 0 && tokens[^1] != " ")
            {
                tokens[^1] += c;
                continue;
            }

            if (Closing.Contains(c, StringComparison.Ordinal) || glueNext)
            {
                current.Append(c);
                glueNext = Opening.Contains(c, StringComparison.Ordinal);
                if (!glueNext && IsCjk(c))
                {
                    Flush();
                }

                continue;
            }

            if (Opening.Contains(c, StringComparison.Ordinal))
            {
                Flush();
                current.Append(c);
                glueNext = true;
                continue;
            }

            if (IsCjk(c))
            {
                Flush();
                tokens.Add(c.ToString());
                continue;
            }

            current.Append(c);
        }

        Flush();
        return tokens;
    }

    /// <summary>A token wider than the line, cut into pieces that fit (at least one character each).</summary>
    private static List<string> Cut(string token, double width, Func<string, double> measure)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var pieceWidth = 0.0;
        foreach (var c in token)
        {
            var charWidth = measure(c.ToString());
            if (piece.Length > 0 && pieceWidth + charWidth > width)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
                pieceWidth = 0;
            }

            piece.Append(c);
            pieceWidth += charWidth;
        }

        if (piece.Length > 0)
        {
            pieces.Add(piece.ToString());
        }

        return pieces;
    }

    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
