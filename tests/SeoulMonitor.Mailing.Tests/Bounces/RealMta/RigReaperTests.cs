using System.Diagnostics;
using System.Globalization;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Bounces.RealMta;

/// <summary>
/// The rig's daemons outlive a test process killed with SIGKILL; the next rig stops them. Stand-in daemons here are
/// <c>tail -f</c> processes whose command line names (or not) the orphaned rig's root.
/// </summary>
public sealed class RigReaperTests
{
    [Fact]
    public void ReapOrphans_OwnerGone_StopsItsDaemonsAndRemovesTheRoot()
    {
        var root = NewRoot();
        using var daemon = StartTail(Path.Combine(root, "owner"));
        using var stranger = StartTail("/dev/null");
        File.WriteAllLines(Path.Combine(root, "owner"), [DeadProcessId().ToString(CultureInfo.InvariantCulture), daemon.Id.ToString(CultureInfo.InvariantCulture), stranger.Id.ToString(CultureInfo.InvariantCulture)]);
        try
        {
            var reaped = RigReaper.ReapOrphans();

            Assert.True(reaped >= 1);
            Assert.True(daemon.WaitForExit(RigProcess.StopGrace * 2), "the orphaned rig's daemon must be stopped");
            Assert.False(Directory.Exists(root));
            Assert.False(stranger.HasExited, "a process that does not name the rig's root must never be signalled");
        }
        finally
        {
            Kill(daemon);
            Kill(stranger);
        }
    }

    [Fact]
    public void ReapOrphans_OwnerAlive_LeavesTheRigRunning()
    {
        var root = NewRoot();
        using var daemon = StartTail(Path.Combine(root, "owner"));
        File.WriteAllLines(Path.Combine(root, "owner"), [Environment.ProcessId.ToString(CultureInfo.InvariantCulture), daemon.Id.ToString(CultureInfo.InvariantCulture)]);
        try
        {
            RigReaper.ReapOrphans();

            Assert.False(daemon.HasExited);
            Assert.True(Directory.Exists(root));
        }
        finally
        {
            Kill(daemon);
            Directory.Delete(root, recursive: true);
        }
    }

    private static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), $"{RigReaper.RootPrefix}{Guid.NewGuid():N}"[..18]);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "owner"), string.Empty);
        return root;
    }

    private static Process StartTail(string file) =>
        Process.Start(new ProcessStartInfo("tail", ["-f", file]) { UseShellExecute = false, RedirectStandardOutput = true })
        ?? throw new InvalidOperationException("tail did not start");

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false }) ?? throw new InvalidOperationException("true did not start");
        process.WaitForExit();
        return process.Id;
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }
    }
}
