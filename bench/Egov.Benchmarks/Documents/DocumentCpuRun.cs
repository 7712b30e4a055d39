using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Egov.Documents.Pdf;
using Egov.Documents.Rendering;
using Egov.Documents.Tests.Pdf;
using Egov.Platform.Pdf;

namespace Egov.Benchmarks.Documents;

/// <summary>
/// CPU time per signed certificate, one thread, beside the CPU time of a raw ECDSA P-256 signature in the same run, after 400 warm-up documents:
/// on a machine shared with other work, CPU time is what stays comparable when wall time does not. Each document is another
/// household (<see cref="SampleHouseholds"/>).
/// <c>dotnet run -c Release --project bench/Egov.Benchmarks -- documents-cpu 300</c>
/// </summary>
internal static class DocumentCpuRun
{
    public static async Task<int> RunAsync(int count)
    {
        var keys = new DocumentKeys();
        var households = SampleHouseholds.Make(64);
        var next = 0;
        CertificateContent Content() => households[next++ % households.Length];
        var signer = new PadesSigner(TimeProvider.System);
        var tsa = keys.Tsa(TimeProvider.System);
        var data = RandomNumberGenerator.GetBytes(140);
        long bytes = 0;

        async Task<byte[]> SignAsync(bool timeStamped) =>
            await signer.SignAsync(CertificatePdf.Render(Content(), SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt), keys.DocumentSigning, timeStamped ? tsa : null, CancellationToken.None);

        // Long enough for tiered compilation to finish: what a server issuing all day runs is the optimised code.
        for (var i = 0; i < 400; i++)
        {
            bytes = (await SignAsync(timeStamped: true)).Length;
        }

        var ecdsa = Measure(count * 100, () => keys.DocumentSigning.PrivateKey.SignData(data, HashAlgorithmName.SHA256));
        var render = Measure(count, () => CertificatePdf.Render(Content(), SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt));
        var save = Measure(count, () => CertificatePdf.Render(Content(), SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt).ToPdf());
        var bb = Measure(count, () => SignAsync(timeStamped: false).GetAwaiter().GetResult());
        var bt = Measure(count, () => SignAsync(timeStamped: true).GetAwaiter().GetResult());
        // One worker per core: the CPU per document shows what running side by side costs (GC, shared caches); the wall
        // time per document is the machine's rate when nothing else runs on it.
        var workers = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var btEveryCore = Measure(1, () => Parallel.For(0, count * Environment.ProcessorCount, workers, i => signer.SignAsync(
            CertificatePdf.Render(households[i % households.Length], SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt), keys.DocumentSigning, tsa, CancellationToken.None).GetAwaiter().GetResult()));
        btEveryCore = (btEveryCore.CpuMs / (count * Environment.ProcessorCount), btEveryCore.WallMs / (count * Environment.ProcessorCount));
        var ecdsaAfter = Measure(count * 100, () => keys.DocumentSigning.PrivateKey.SignData(data, HashAlgorithmName.SHA256));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"signed PDF (B-T): {bytes:N0} bytes; {count} documents per row, one thread (the last row: {count} per core, one worker per core), CPU and wall time per operation"));
        Print("raw ECDSA P-256 sign (baseline, before)", ecdsa, ecdsa);
        Print("render", render, ecdsa);
        Print("render + save unsigned", save, ecdsa);
        Print("render + PAdES B-B", bb, ecdsa);
        Print("render + PAdES B-T", bt, ecdsa);
        Print($"render + PAdES B-T, {Environment.ProcessorCount} workers", btEveryCore, ecdsa);
        Print("raw ECDSA P-256 sign (baseline, after)", ecdsaAfter, ecdsa);
        return 0;
    }

    private static (double CpuMs, double WallMs) Measure(int count, Action action)
    {
        var process = Process.GetCurrentProcess();
        GC.Collect();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            action();
        }

        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds / count, wall.Elapsed.TotalMilliseconds / count);
    }

    private static void Print(string what, (double CpuMs, double WallMs) m, (double CpuMs, double WallMs) baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-42} CPU {m.CpuMs * 1000,10:N1} µs  wall {m.WallMs * 1000,10:N1} µs  per CPU-second {1000 / m.CpuMs,10:N0}  ratio {m.CpuMs / baseline.CpuMs,8:N1}"));
}
