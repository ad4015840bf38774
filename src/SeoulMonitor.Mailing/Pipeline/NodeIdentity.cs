using System.Diagnostics;
using System.Globalization;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The default <see cref="PipelineOptions.NodeId"/>: <c>{machine}-{app directory hash}-{process id}-{process start}</c>,
/// unique per process, so that several processes of one installation on one machine (or containers sharing a host
/// name) never share a lease owner or a journal file. It is NOT stable across restarts: a restarted process gets a new
/// id, its predecessor's leases are taken over by any node once they expire and the predecessor's journal is not
/// replayed. A deployment that wants the crash journal replayed on restart sets an explicit, stable NodeId per
/// instance (for example the pod or service name); an explicit id is used as given.
/// </summary>
internal static class NodeIdentity
{
    private static readonly Lazy<string> Current = new(() =>
    {
        using var process = Process.GetCurrentProcess();
        return Create(Environment.MachineName, AppContext.BaseDirectory, Environment.ProcessId, process.StartTime.ToUniversalTime());
    });

    /// <summary>This process's default id (the same for every options instance of the process).</summary>
    public static string ProcessDefault => Current.Value;

    /// <summary>Builds an id; each part is reduced to characters that are valid in a file name, and the whole kept within 100.</summary>
    internal static string Create(string machineName, string baseDirectory, int processId, DateTime startedUtc)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 2166136261u;
        foreach (var c in baseDirectory)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var machine = new string([.. machineName.Where(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')]);
        if (machine.Length == 0)
        {
            machine = "node";
        }
        else if (machine.Length > 60)
        {
            machine = machine[..60];
        }

        return string.Create(CultureInfo.InvariantCulture, $"{machine}-{hash:x8}-{processId}-{startedUtc:yyyyMMddHHmmssfff}");
    }
}
