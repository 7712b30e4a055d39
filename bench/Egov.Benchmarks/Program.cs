using System.Globalization;
using BenchmarkDotNet.Running;

if (args is ["registry-lookup", var connection, var residents, ..])
{
    return await RegistryLookupRun.RunAsync(connection, residents, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5_000);
}

if (args is ["documents-cpu", ..])
{
    return await Egov.Benchmarks.Documents.DocumentCpuRun.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300);
}

if (args is ["benefits-offers", var provider, var database, ..])
{
    return await Egov.Benchmarks.Benefits.ProactiveOfferRun.RunAsync(provider, database, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5_000);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point: <c>dotnet run -c Release --project bench/Egov.Benchmarks -- --filter '*'</c>.</summary>
internal sealed partial class Program;
