using System.Diagnostics;
using System.Globalization;

namespace SeoulMonitor.Testing;

/// <summary>
/// Stops the daemons of rigs whose test process died without stopping them (killed with SIGKILL, or a crashed test
/// host): each rig writes an owner file (the test process id, then the daemons' ids) into its root; the next rig to
/// start stops the daemons of every rig whose owner is gone and removes its directory. A daemon id is only signalled
/// while its command line still names that rig's root, so a process id reused since is never touched.
/// </summary>
internal static class RigReaper
{
    /// <summary>The prefix of every rig root under the temporary directory.</summary>
    public const string RootPrefix = "smrig-";

    private const string OwnerFile = "owner";

    /// <summary>Records this test process and the rig's daemons in the rig's root.</summary>
    public static void Record(RigLayout layout, params Process[] daemons)
    {
        var lines = new List<string> { Environment.ProcessId.ToString(CultureInfo.InvariantCulture) };
        lines.AddRange(daemons.Select(d => d.Id.ToString(CultureInfo.InvariantCulture)));
        File.WriteAllLines(Path.Combine(layout.Root, OwnerFile), lines);
    }

    /// <summary>Stops the daemons of rigs whose owner process is gone and removes their directories; returns how many rigs.</summary>
    public static int ReapOrphans()
    {
        var reaped = 0;
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), RootPrefix + "*"))
        {
            var owner = Path.Combine(root, OwnerFile);
            string[] lines;
            try
            {
                lines = File.ReadAllLines(owner);
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            if (lines.Length == 0 || !int.TryParse(lines[0], CultureInfo.InvariantCulture, out var ownerId) || IsAlive(ownerId))
            {
                continue;
            }

            foreach (var line in lines.Skip(1))
            {
                if (int.TryParse(line, CultureInfo.InvariantCulture, out var daemonId) && CommandLineOf(daemonId).Contains(root, StringComparison.Ordinal))
                {
                    Stop(daemonId);
                }
            }

            TryDelete(root);
            reaped++;
        }

        return reaped;
    }

    private static bool IsAlive(int processId) => Directory.Exists($"/proc/{processId}");

    private static string CommandLineOf(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static void Stop(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            RigProcess.Stop(process);
        }
        catch (ArgumentException)
        {
            // Gone meanwhile.
        }
    }

    private static void TryDelete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
