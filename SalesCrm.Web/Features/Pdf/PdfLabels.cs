using System.Globalization;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>The fixed texts every PDF of ours shares, Chinese then English like the documents' own labels.</summary>
internal static class PdfLabels
{
    public const string Continued = "（续）continued";
    public const string Address = "地址 Address";
    public const string Uscc = "统一社会信用代码 USCC";
    public const string Contact = "联系方式 Contact";
    public const string Signature = "授权代表签字 Authorised signature";
    public const string SignatureDate = "日期 Date";
    public const string Seal = "盖章 Seal";

    public static string PageOf(int page, int pages) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页 / 共 {pages} 页 · Page {page} of {pages}");
}
