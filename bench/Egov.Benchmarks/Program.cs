using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point: <c>dotnet run -c Release --project bench/Egov.Benchmarks -- --filter '*'</c>.</summary>
internal sealed partial class Program;
