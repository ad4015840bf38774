using System.Diagnostics;
using System.Globalization;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>The process's CPU time, allocations and GC counts over the send phase; peak RSS from /proc.</summary>
internal readonly record struct SendSample(TimeSpan Cpu, long Allocated, int Gen0, int Gen1, int Gen2)
{
    public double CpuMicroseconds => Cpu.TotalMicroseconds;

    public long AllocatedBytes => Allocated;

    public static SendSample Start() => new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public SendSample Stop()
    {
        var now = Start();
        return new(now.Cpu - Cpu, now.Allocated - Allocated, now.Gen0 - Gen0, now.Gen1 - Gen1, now.Gen2 - Gen2);
    }

    /// <summary>VmHWM (the peak resident set) of this process, in MB.</summary>
    public static double PeakRssMegabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
