namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>The text is not CSV that can be read safely; <see cref="Row"/> is the record (1 = the header) where the problem starts.</summary>
public sealed class CsvFormatException(int row, string message) : FormatException(message)
{
    public int Row { get; } = row;
}
