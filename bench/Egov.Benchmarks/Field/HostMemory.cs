using System.Globalization;

namespace Egov.Benchmarks.Field;

/// <summary>
/// The host process's resident memory read from <c>/proc/PID/status</c>: now (VmRSS), the kernel's peak since the
/// process started (VmHWM, start-up included), and the highest of samples taken every 100 ms since the last
/// <see cref="Restart"/> — the peak of one phase.
/// </summary>
internal sealed class HostMemory : IDisposable
{
    private readonly int pid;
    private readonly Timer timer;
    private long phasePeak;

    public HostMemory(int pid)
    {
        this.pid = pid;
        timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    public double ResidentMiB => Read("VmRSS") / 1024.0;

    public double PeakSinceStartMiB => Read("VmHWM") / 1024.0;

    public double PhasePeakMiB => Interlocked.Read(ref phasePeak) / 1024.0;

    /// <summary>Starts a phase: its peak is the resident memory now, then whatever the samples find higher.</summary>
    public void Restart() => Interlocked.Exchange(ref phasePeak, Read("VmRSS"));

    public string Line(string when) =>
        string.Create(CultureInfo.InvariantCulture, $"host memory {when}: resident {ResidentMiB:F0} MiB, peak of the phase {PhasePeakMiB:F0} MiB, peak since start {PeakSinceStartMiB:F0} MiB");

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        var now = Read("VmRSS");
        long seen;
        do
        {
            seen = Interlocked.Read(ref phasePeak);
        }
        while (now > seen && Interlocked.CompareExchange(ref phasePeak, now, seen) != seen);
    }

    /// <summary>A "Name:   1234 kB" line of the status file, in KiB (0 once the process is gone).</summary>
    private long Read(string name)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
