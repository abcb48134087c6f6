using SalesCrm.Web.Features.Leads.Import;

namespace SalesCrm.Tests.Web.Leads;

/// <summary>LEAD-1 import: the CSV reader follows RFC 4180 and reads what spreadsheets write; the writer's output reads back unchanged.</summary>
public sealed class CsvReaderTests
{
    private static string[][] Read(string text) => CsvReader.Read(text).Select(r => r.ToArray()).ToArray();

    [Fact]
    public void PlainRecords_SplitOnCommas_AndLineBreaks()
    {
        Assert.Equal([["CompanyName", "Phone"], ["Acme", "138 0013 8000"]], Read("CompanyName,Phone\nAcme,138 0013 8000"));
    }

    [Fact]
    public void CrLfAndLoneCr_EndRecordsLikeLf()
    {
        Assert.Equal([["a", "b"], ["c", "d"], ["e", "f"]], Read("a,b\r\nc,d\re,f\r\n"));
    }

    [Fact]
    public void QuotedField_KeepsCommasAndDoubledQuotes()
    {
        Assert.Equal([["Acme, Inc.", "say \"hi\"", ""]], Read("\"Acme, Inc.\",\"say \"\"hi\"\"\",\"\""));
    }

    [Fact]
    public void QuotedField_KeepsLineBreaksInside_AndTheRecordCountIsASpreadsheets()
    {
        var records = Read("Company,Needs\r\n\"Acme\",\"200 servers\r\nin Q3\"\r\nBeta,none\r\n");

        Assert.Equal([["Company", "Needs"], ["Acme", "200 servers\r\nin Q3"], ["Beta", "none"]], records);
    }

    [Fact]
    public void ByteOrderMark_IsNotPartOfTheFirstColumnName()
    {
        Assert.Equal("公司名称", Read("\uFEFF公司名称,电话\r\n华为,1")[0][0]);
    }

    [Fact]
    public void LineBreakAfterTheLastRecord_MakesNoEmptyRecord_ButABlankLineIsAnEmptyRecord()
    {
        Assert.Equal([["a"], ["b"]], Read("a\r\nb\r\n"));
        Assert.Equal([["a"], [""], ["b"]], Read("a\n\nb"));
        Assert.Empty(Read(""));
        Assert.Empty(Read("\uFEFF"));
    }

    [Fact]
    public void EmptyFields_AtTheStartMiddleAndEnd_AreKept()
    {
        Assert.Equal([["", "b", "", ""], ["", ""]], Read(",b,,\n,"));
    }

    [Fact]
    public void StrayQuotes_AreKeptAsText_LikeSpreadsheetsDo()
    {
        Assert.Equal([["5\" pipe", "ab c"]], Read("5\" pipe,\"ab\" c"));
    }

    [Fact]
    public void UnclosedQuote_IsRefusedWithTheRecordWhereItStarts()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\r\nc,d\r\n\"never closed,e\r\nf,g\r\n"));

        Assert.Equal(3, error.Row);
    }

    [Fact]
    public void WrittenCsv_ReadsBackUnchanged()
    {
        string[][] records = [["Acme, Inc.", "say \"hi\"", " padded ", "two\r\nlines", "", "华為"], ["plain", "a\nb", "x", "y", "z", "1-1"]];

        var csv = CsvWriter.Write(records);

        Assert.Equal(records, Read(csv));
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void SEC3_TextASpreadsheetWouldRunAsAFormula_IsWrittenWithALeadingQuote(string text)
    {
        var csv = CsvWriter.Write([[text, "plain"]]);

        Assert.Equal([["'" + text, "plain"]], Read(csv));
    }

    [Fact]
    public void SEC3_ANegativeAmount_IsWrittenAsANumber_ButTheSameCharactersAsTextAreNeutralised()
    {
        IEnumerable<CsvCell>[] records = [[CsvCell.Number(-12.5m, "0.00"), "-12.50"]];

        Assert.Equal("-12.50,'-12.50\r\n", CsvWriter.Write(records));
    }
}
