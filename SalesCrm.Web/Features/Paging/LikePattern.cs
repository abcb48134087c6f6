namespace SalesCrm.Web.Features.Paging;

/// <summary>Search terms for SQL LIKE: the user's own %, _ and \ are taken literally (escape character <see cref="Escape"/>).</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    /// <summary>"%term%" with the term's wildcards escaped, for <c>EF.Functions.Like(column, pattern, LikePattern.Escape)</c>.</summary>
    public static string Containing(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}
