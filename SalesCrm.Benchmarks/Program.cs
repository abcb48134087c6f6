using BenchmarkDotNet.Running;
using SalesCrm.Benchmarks;

// dotnet run -c Release --project SalesCrm.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(CustomerListBenchmarks).Assembly).Run(args);
