using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Contracts.Pdf;
using SalesCrm.Web.Features.Pdf;
using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Benchmarks;

/// <summary>
/// CON-4, AR-2, AR-3: one PDF rendered from its input record, built by the tests' builders: a three-page contract
/// (Chinese parties, 40 lines), a two-page customer statement (30 lines) and a three-page monthly receivables statement
/// (8 reps, 30 overdue receivables). The <c>OnTwoCores</c> variants render 8 documents with at most 2 at a time, as two
/// requests would on the 2-core server; their time is per document (OperationsPerInvoke = 8), so 1 s divided by it
/// is the PDFs per second. Server GC, as the web app runs (the Web SDK's default): a render allocates 4–5 MB, about
/// 2 MB of it on the large-object heap (PDFsharp's font subsetting), so collections are part of the cost.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[Config(typeof(PercentileConfig))]
public class PdfBenchmarks
{
    private const int Batch = 8;
    private static readonly ParallelOptions TwoCores = new() { MaxDegreeOfParallelism = 2 };

    private ContractPdfRenderer _contracts = null!;
    private CustomerStatementPdfRenderer _customerStatements = null!;
    private MonthlyStatementPdfRenderer _monthlyStatements = null!;
    private ContractDocument _contract = null!;
    private CustomerStatementDocument _customerStatement = null!;
    private MonthlyReceivablesStatementDocument _monthlyStatement = null!;

    [GlobalSetup]
    public void Setup()
    {
        _contracts = new ContractPdfRenderer();
        _customerStatements = new CustomerStatementPdfRenderer();
        _monthlyStatements = new MonthlyStatementPdfRenderer();
        _contract = new ContractDocumentBuilder().WithLines(40).Build();
        _customerStatement = new CustomerStatementDocumentBuilder().WithLines(30).Build();
        _monthlyStatement = new MonthlyStatementDocumentBuilder().WithOverdue(30).Build();
        // The font file is read on the first render; measure renders, not the disk.
        _contracts.Render(_contract);
    }

    [Benchmark]
    public byte[] ContractPdf() => _contracts.Render(_contract);

    [Benchmark]
    public byte[] CustomerStatementPdf() => _customerStatements.Render(_customerStatement);

    [Benchmark]
    public byte[] MonthlyStatementPdf() => _monthlyStatements.Render(_monthlyStatement);

    [Benchmark(OperationsPerInvoke = Batch)]
    public void ContractPdfOnTwoCores() => Parallel.For(0, Batch, TwoCores, _ => _contracts.Render(_contract));

    [Benchmark(OperationsPerInvoke = Batch)]
    public void MonthlyStatementPdfOnTwoCores() => Parallel.For(0, Batch, TwoCores, _ => _monthlyStatements.Render(_monthlyStatement));

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }
}
