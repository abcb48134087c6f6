using System.Text;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// The column names an import file's header may use, in English or Chinese, in any order. Case, spaces, hyphens and
/// underscores do not matter (<c>Company name</c> = <c>CompanyName</c>, <c>E-mail</c> = <c>Email</c>). The first
/// English and the first Chinese name of each column are the template's.
/// </summary>
public static class LeadImportColumns
{
    private static readonly (LeadImportColumn Column, string English, string Chinese, string[] Others)[] Names =
    [
        (LeadImportColumn.CompanyName, "CompanyName", "公司名称", ["Company", "公司", "企业名称", "客户名称"]),
        (LeadImportColumn.ContactName, "ContactName", "联系人", ["Contact", "ContactPerson", "联系人姓名"]),
        (LeadImportColumn.ContactTitle, "ContactTitle", "职务", ["Title", "JobTitle", "职位"]),
        (LeadImportColumn.Phone, "Phone", "电话", ["Telephone", "Mobile", "联系电话", "手机"]),
        (LeadImportColumn.Email, "Email", "邮箱", ["EmailAddress", "电子邮箱", "电子邮件"]),
        (LeadImportColumn.Needs, "Needs", "需求", ["NeedsAndIntent", "Intent", "需求意向"]),
        (LeadImportColumn.Industry, "Industry", "行业", ["所属行业"]),
        (LeadImportColumn.Source, "Source", "来源", ["SourceChannel", "来源渠道"]),
        (LeadImportColumn.Owner, "Owner", "负责人", ["归属人"]),
    ];

    private static readonly Dictionary<string, LeadImportColumn> ByName = Names
        .SelectMany(n => new[] { n.English, n.Chinese }.Concat(n.Others).Select(name => (Key: Normalise(name), n.Column)))
        .ToDictionary(n => n.Key, n => n.Column, StringComparer.Ordinal);

    /// <summary>Without these a row cannot be a lead; the file is refused before any row is applied.</summary>
    public static IReadOnlyList<LeadImportColumn> Required { get; } = [LeadImportColumn.CompanyName, LeadImportColumn.ContactName];

    /// <summary>LEAD-1: the contact person is reachable, so a file needs at least one of these.</summary>
    public static IReadOnlyList<LeadImportColumn> Reachable { get; } = [LeadImportColumn.Phone, LeadImportColumn.Email];

    public static LeadImportColumn? Match(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return ByName.TryGetValue(Normalise(header), out var column) ? column : null;
    }

    /// <summary>How a message names a column to a reader of either language: <c>CompanyName / 公司名称</c>.</summary>
    public static string Describe(LeadImportColumn column)
    {
        var names = Names.First(n => n.Column == column);
        return $"{names.English} / {names.Chinese}";
    }

    /// <summary>The template's header row, in Chinese or English.</summary>
    public static IReadOnlyList<string> Template(bool chinese) => Names.Select(n => chinese ? n.Chinese : n.English).ToList();

    private static string Normalise(string header)
    {
        var key = new StringBuilder(header.Length);
        foreach (var c in header.Trim())
        {
            if (c is not (' ' or '\u3000' or '-' or '_' or '\uFEFF'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
