using System.Globalization;

namespace Egov.Benchmarks;

/// <summary>Request times of one kind, collected from many tasks at once, summarised as percentiles.</summary>
internal sealed class Latencies(string what)
{
    private readonly List<double> milliseconds = [];

    public string What => what;

    /// <summary>The machine's 1, 5 and 15 minute load averages: the machine is shared, so every figure carries them.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);

    public int Count
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (milliseconds)
        {
            milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public string Summary()
    {
        lock (milliseconds)
        {
            if (milliseconds.Count == 0)
            {
                return $"{what}: none";
            }

            milliseconds.Sort();
            double At(double q) => milliseconds[Math.Min(milliseconds.Count - 1, (int)(milliseconds.Count * q))];
            return string.Create(CultureInfo.InvariantCulture,
                $"{what}: {milliseconds.Count} requests, p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {milliseconds[^1]:F1} ms");
        }
    }
}
