namespace SalesCrm.Web.Features.Paging;

/// <summary>Search terms for SQL LIKE: the user's own %, _ and \ are taken literally (escape character <see cref="Escape"/>).</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    /// <summary>
    /// Issue 17 §8: SQLite refuses a LIKE pattern over 50,000 bytes ("pattern too complex"), so a pasted megabyte in a
    /// search box failed the list. No searched column holds more than this (a service request's matter, 4,000), and a
    /// term longer than every column it is looked for in finds nothing, so a term is cut to that length here.
    /// </summary>
    public const int MaxTermLength = Domain.Complaints.ServiceRequest.TextMaxLength;

    /// <summary>"%term%" with the term's wildcards escaped, for <c>EF.Functions.Like(column, pattern, LikePattern.Escape)</c>.</summary>
    public static string Containing(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var searched = term.Length <= MaxTermLength ? term : term[..(char.IsHighSurrogate(term[MaxTermLength - 1]) ? MaxTermLength - 1 : MaxTermLength)];
        return "%" + searched.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}
