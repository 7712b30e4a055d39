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

if (args is ["field-first-load", var appHost, ..])
{
    return await Egov.Benchmarks.Field.FieldFirstLoadRun.RunAsync(new Uri(appHost), args.Length > 2 ? args[2] : "SEOUL-2017-0815",
        args.Length > 3 ? args[3] : "/verify", args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 5);
}

if (args is ["benefits-offers", var provider, var database, ..])
{
    return await Egov.Benchmarks.Benefits.ProactiveOfferRun.RunAsync(provider, database, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5_000);
}

if (args is ["approvals-actions", var host, var teams, var perTeam, ..])
{
    return await Egov.Benchmarks.Approvals.ApprovalLoadRun.RunAsync(new Uri(host), int.Parse(teams, CultureInfo.InvariantCulture),
        int.Parse(perTeam, CultureInfo.InvariantCulture), args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 4);
}

if (args is ["approvals-inbox", var inboxHost, var official, var rate, var seconds, .. var paths])
{
    return await Egov.Benchmarks.Approvals.InboxLoadRun.RunAsync(new Uri(inboxHost), official, int.Parse(rate, CultureInfo.InvariantCulture),
        int.Parse(seconds, CultureInfo.InvariantCulture), paths);
}

if (args is ["field-sync", var fieldHost, var pid, var fieldProvider, var fieldDatabase, var manager, var inspector, var colleague, var template, var use,
    var inspections, var concurrency, var chunk, .. var regions])
{
    return await Egov.Benchmarks.Field.FieldSyncRun.RunAsync(new(new Uri(fieldHost), int.Parse(pid, CultureInfo.InvariantCulture), fieldProvider, fieldDatabase,
        manager, inspector, colleague, template, use, regions, int.Parse(inspections, CultureInfo.InvariantCulture),
        int.Parse(concurrency, CultureInfo.InvariantCulture), int.Parse(chunk, CultureInfo.InvariantCulture)));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point: <c>dotnet run -c Release --project bench/Egov.Benchmarks -- --filter '*'</c>.</summary>
internal sealed partial class Program;
