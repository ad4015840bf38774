using System.Diagnostics;
using System.Globalization;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Fakes;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// The engine in its own process (the crash harness: SQLite ledger file, real SMTP transport, journal), killed with
/// SIGKILL at random points of one campaign and restarted, or stopped with SIGTERM; the ledger and the SMTP server's
/// records must then agree: every recipient final exactly once, none lost, duplicates within the proven bound.
/// </summary>
public sealed class CrashTests
{
    private const string Rejection = "550 5.1.1 Recipient address rejected: User unknown";
    // The harness's SyntheticAudience domains, in its order.
    private static readonly string[] Domains = ["naver.com", "daum.net", "gmail.com", "seoul.go.kr"];
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Harness_KilledAtRandomPointsAndRestarted_EveryRecipientFinalNoneLostDuplicatesWithinBound()
    {
        const int recipients = 10_000, connections = 4, kills = 22;
        var random = new Random(20_251_126);
        await using var server = FaultySmtpServer.Start();
        var rejected = Enumerable.Range(1, recipients).Where(i => i % 250 == 17).Select(Address).ToHashSet(StringComparer.Ordinal);
        foreach (var address in rejected)
        {
            server.RejectRecipient(address, Rejection);
        }

        using var workspace = new CrashWorkspace();
        var clock = Stopwatch.StartNew();
        var killPoints = new List<int>();
        for (var kill = 0; kill < kills; kill++)
        {
            // Mostly mid-sending; now and then at once (start-up, journal replay, snapshot, first claim).
            var target = server.MessageCount + (random.Next(8) == 0 ? 0 : random.Next(1, 180));
            using var run = CrashHarnessProcess.Start(workspace, server.Host, server.Port, recipients, connections);
            var exited = run.WaitForExitAsync(RunTimeout);
            var reached = server.WaitUntilAsync(s => s.MessageCount >= target, RunTimeout);
            await Task.WhenAny(exited, reached);
            Assert.False(run.HasExited, $"The harness ended by itself before kill {kill + 1} (exit {ExitCodeOf(run)}): {run.Output}");
            await run.KillAsync(ExitTimeout);
            killPoints.Add(server.MessageCount);
        }

        using (var last = CrashHarnessProcess.Start(workspace, server.Host, server.Port, recipients, connections))
        {
            await last.WaitForExitAsync(RunTimeout);
            Assert.True(last.ExitCode == 0, $"The last run ended with {last.ExitCode}: {last.Output}");
        }

        var audit = await CampaignAudit.LoadAsync(
            workspace.ConnectionString, workspace.CampaignId, Enumerable.Range(1, recipients).Select(RecipientId), server, Ct);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"kills={kills} connections={connections} recipients={recipients} received={server.MessageCount} " +
            $"duplicates={audit.Duplicates} bound={kills * connections} seconds={clock.Elapsed.TotalSeconds:F1}");
        output.WriteLine("messages received at each kill: " + string.Join(", ", killPoints));
        Assert.Equal(CampaignState.Completed, audit.State);
        audit.AssertEveryRecipientFinalAndNoneLost(recipients, r =>
            r.State == DeliveryState.Failed && r.ReplyCode == 550 && rejected.Contains(r.Address));
        Assert.Equal(rejected.Count, audit.Counts.Failed);
        Assert.Equal(recipients - rejected.Count, audit.Counts.Sent);
        Assert.InRange(audit.Duplicates, 0, kills * connections);
        Assert.True(killPoints[^1] < recipients - rejected.Count, "the last kill must come before the campaign could finish");
    }

    [Fact]
    public async Task Harness_StoppedBySigtermAndRestarted_NoDuplicateAtAll()
    {
        // The harness sends at most ratePerSecond (100) messages a second. The three stop targets add up to at most
        // 600 messages, so at least 900 remain at the last stop: even a loaded machine that takes seconds to deliver the
        // signal lets only 100 more through per second, and the campaign cannot end before the stop. The last run sends
        // the rest in about ten seconds.
        const int recipients = 1_500, connections = 4, stops = 3, ratePerSecond = 100;
        var random = new Random(8_058);
        await using var server = FaultySmtpServer.Start();
        using var workspace = new CrashWorkspace();
        for (var stop = 0; stop < stops; stop++)
        {
            var target = server.MessageCount + random.Next(60, 200);
            using var run = StartRateLimited(workspace, server, recipients, connections, ratePerSecond);
            await Task.WhenAny(run.WaitForExitAsync(RunTimeout), server.WaitUntilAsync(s => s.MessageCount >= target, RunTimeout));
            Assert.False(run.HasExited, $"The harness ended by itself before stop {stop + 1}: {run.Output}");
            await run.TerminateAsync(ExitTimeout);
            Assert.True(run.ExitCode == 3, $"A graceful stop exits with 3, not {run.ExitCode}: {run.Output}");
            Assert.Empty(Directory.GetFiles(workspace.JournalDirectory));
        }

        using (var last = StartRateLimited(workspace, server, recipients, connections, ratePerSecond))
        {
            await last.WaitForExitAsync(RunTimeout);
            Assert.True(last.ExitCode == 0, $"The last run ended with {last.ExitCode}: {last.Output}");
        }

        var audit = await CampaignAudit.LoadAsync(
            workspace.ConnectionString, workspace.CampaignId, Enumerable.Range(1, recipients).Select(RecipientId), server, Ct);
        TestContext.Current.TestOutputHelper!.WriteLine($"stops={stops} received={server.MessageCount} duplicates={audit.Duplicates}");
        audit.AssertEveryRecipientFinalAndNoneLost(recipients, static _ => false);
        Assert.Equal(recipients, audit.Counts.Sent);
        Assert.Equal(0, audit.Duplicates);
    }

    private static CrashHarnessProcess StartRateLimited(CrashWorkspace workspace, FaultySmtpServer server, int recipients, int connections, int ratePerSecond) =>
        CrashHarnessProcess.Start(
        [
            "--smtp", string.Create(CultureInfo.InvariantCulture, $"{server.Host}:{server.Port}"), "--ledger", workspace.LedgerPath,
            "--journal", workspace.JournalDirectory, "--campaign", workspace.CampaignId.ToString(),
            "--recipients", recipients.ToString(CultureInfo.InvariantCulture), "--connections", connections.ToString(CultureInfo.InvariantCulture),
            "--rate", ratePerSecond.ToString(CultureInfo.InvariantCulture),
        ]);

    private static string Address(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"r{i}@{Domains[i % Domains.Length]}");

    private static string RecipientId(int i) => string.Create(CultureInfo.InvariantCulture, $"r-{i}");

    private static string ExitCodeOf(CrashHarnessProcess run) => run.HasExited ? run.ExitCode.ToString(CultureInfo.InvariantCulture) : "running";
}
