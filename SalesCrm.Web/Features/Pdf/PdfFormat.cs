using System.Globalization;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>How our PDFs write numbers and dates: invariant, so a server's culture never changes a document.</summary>
internal static class PdfFormat
{
    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.###", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
