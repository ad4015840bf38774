using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Tests.Ledger;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

/// <summary>
/// The engine's control and crash-safety behaviour, run on each ledger: the in-memory fake, SQLite and PostgreSQL.
/// </summary>
public abstract class MailEngineControlContract(MailLedgerProvider? provider) : IAsyncDisposable
{
    private const int Workers = 2;
    private LedgerTestDatabase? _database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PauseAsync_Running_NoSendAfterPauseNothingInFlightAndResumeSendsEachOnce()
    {
        using var gate = new SendGate(100);
        var transport = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        await using var harness = new EngineHarness(await LedgerAsync(), transport);
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("p:1000"));
        await gate.Reached;

        var pausing = harness.Campaigns.PauseAsync(id, Ct);
        var signals = harness.Services.GetRequiredService<CampaignSignals>();
        await MailEngineTests.WaitUntilAsync(() => Task.FromResult(!signals.IsRunning(id)));
        var sentWhenPaused = transport.Total;
        gate.Release();
        var paused = await pausing.WaitAsync(EngineHarness.Timeout, Ct);

        Assert.Equal(CampaignState.Paused, paused.Value.State);
        var counts = await harness.Ledger.CountAsync(id, Ct);
        Assert.InRange(transport.Total, sentWhenPaused, sentWhenPaused + Workers);
        Assert.Equal(0, counts.InFlight);
        Assert.Equal(transport.Total, counts.Sent);
        Assert.Equal(1000 - counts.Sent, counts.Pending);

        Assert.True((await harness.Campaigns.ResumeAsync(id, Ct)).IsSuccess);
        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        Assert.Equal(1000, transport.SendsPerMessageId.Count);
        Assert.All(transport.SendsPerMessageId.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task CancelAsync_Running_RemainingRowsCancelledAndNothingMoreSent()
    {
        using var gate = new SendGate(50);
        var transport = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        await using var harness = new EngineHarness(await LedgerAsync(), transport);
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("x:800"));
        await gate.Reached;

        var cancelling = harness.Campaigns.CancelAsync(id, Ct);
        gate.Release();
        Assert.True((await cancelling.WaitAsync(EngineHarness.Timeout, Ct)).IsSuccess);
        var sent = transport.Total;

        Assert.Equal(CampaignState.Cancelled, await harness.WaitAsync(id));
        var counts = await harness.Ledger.CountAsync(id, Ct);
        Assert.Equal(800, counts.Final);
        Assert.Equal(sent, counts.Sent);
        Assert.Equal(800 - sent, counts.Cancelled);
        Assert.Equal(sent, transport.Total);
        Assert.Equal(MailingErrors.InvalidTransition(CampaignState.Cancelled, CampaignEvent.Resume).Code, (await harness.Campaigns.ResumeAsync(id, Ct)).Error?.Code);
    }

    [Fact]
    public async Task StopAsync_MidCampaign_ReleasesClaimedRowsAndRestartSendsEachOnce()
    {
        using var gate = new SendGate(150);
        var first = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        var harness = new EngineHarness(await LedgerAsync(), first);
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("s:1000"));
        await gate.Reached;

        var stopping = harness.StopAsync();
        gate.Release();
        await stopping;

        var counts = await harness.Ledger.CountAsync(id, Ct);
        Assert.Equal(0, counts.InFlight);
        Assert.Equal(first.Total, counts.Sent);
        Assert.Equal(1000 - first.Total, counts.Pending);
        Assert.Empty(Directory.GetFiles(harness.JournalDirectory));
        await harness.DisposeAsync();

        var second = new FakeMailConnectionFactory();
        await using var restarted = new EngineHarness(Restarted(harness.Ledger), second, harness.JournalDirectory);
        await restarted.StartAsync();
        Assert.Equal(CampaignState.Completed, await restarted.WaitAsync(id));
        AssertEachSentOnce(1000, first, second);
        restarted.DeleteJournal();
    }

    [Fact]
    public async Task StartAsync_CancelledCampaignWithOpenRows_RowsMarkedCancelledAndNothingSent()
    {
        var ledger = await LedgerAsync();
        var transport = new FakeMailConnectionFactory();
        await using var harness = new EngineHarness(ledger, transport);
        var definition = EngineHarness.Definition("c:200");
        var now = DateTimeOffset.UtcNow;
        await ledger.InitializeAsync(Ct);
        await ledger.CreateCampaignAsync(definition, now, Ct);
        await ledger.AddRecipientsAsync(definition.Id, Enumerable.Range(1, 200).Select(i => new SeoulMonitor.Mailing.Audience.Recipient($"c{i}", $"c{i}@example.test")).ToList(), now, Ct);
        // A process died after marking the campaign Cancelled and before marking its rows.
        Assert.True(await ledger.TransitionCampaignAsync(definition.Id, CampaignState.Draft, CampaignState.Running, now, Ct));
        Assert.True(await ledger.TransitionCampaignAsync(definition.Id, CampaignState.Running, CampaignState.Cancelled, now, Ct));

        await harness.StartAsync();

        var counts = await ledger.CountAsync(definition.Id, Ct);
        Assert.Equal(200, counts.Cancelled);
        Assert.Equal(0, transport.Total);
    }

    [Fact]
    public async Task AbandonAsync_CrashBeforeOutcomesReachLedger_JournalReplayedAndNoDuplicates()
    {
        using var gate = new SendGate(300);
        var first = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        var harness = new EngineHarness(await LedgerAsync(), first, configure: o => o.Pipeline.FlushInterval = TimeSpan.FromMinutes(1));
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("k:1000"));
        await gate.Reached;

        var crashing = harness.CrashAsync();
        gate.Release();
        await crashing;
        await harness.DisposeAsync();

        var sentBeforeCrash = first.SendsPerMessageId.Count;
        Assert.True(sentBeforeCrash >= 300);
        Assert.True((await harness.Ledger.CountAsync(id, Ct)).Sent < sentBeforeCrash, "the crash must lose outcomes for the journal to matter");
        Assert.NotEmpty(Directory.GetFiles(harness.JournalDirectory));

        var second = new FakeMailConnectionFactory();
        await using var restarted = new EngineHarness(Restarted(harness.Ledger), second, harness.JournalDirectory);
        await restarted.StartAsync();
        Assert.Equal(CampaignState.Completed, await restarted.WaitAsync(id));
        AssertEachSentOnce(1000, first, second);
        Assert.Equal(1000, (await restarted.Ledger.CountAsync(id, Ct)).Sent);
        await restarted.StopAsync();
        Assert.Empty(Directory.GetFiles(restarted.JournalDirectory));
        restarted.DeleteJournal();
    }

    [Fact]
    public async Task LaunchAsync_UrgentDuringNewsletter_OvertakesAndFinishesFirst()
    {
        using var gate = new SendGate(200);
        var transport = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        await using var harness = new EngineHarness(await LedgerAsync(), transport);
        await harness.StartAsync();
        var newsletter = await harness.LaunchAsync(EngineHarness.Definition("n:5000", CampaignPriority.Bulk));
        await gate.Reached;

        var urgent = await harness.LaunchAsync(EngineHarness.Definition("u:200", CampaignPriority.Urgent));
        await MailEngineTests.WaitUntilAsync(() => Task.FromResult(harness.Engine.Lanes.UrgentCount > 100));
        var sentAtUrgentQueued = transport.Total;
        gate.Release();

        await harness.WaitAsync(urgent);
        await harness.WaitAsync(newsletter);
        var order = transport.Order.ToList();
        var firstUrgent = order.FindIndex(a => a.StartsWith('u'));
        var lastUrgent = order.FindLastIndex(a => a.StartsWith('u'));
        var lastNewsletter = order.FindLastIndex(a => a.StartsWith('n'));
        Assert.InRange(firstUrgent, 0, sentAtUrgentQueued + Workers);
        Assert.True(lastUrgent < lastNewsletter);
        Assert.True(sentAtUrgentQueued < 4000, "the newsletter must still be running when the urgent notice arrives");
        Assert.Equal(5200, order.Count);
    }

    [Fact]
    public async Task RunAsync_MixedAnswers_EveryRecipientInExactlyOneFinalStateAndFailuresRecorded()
    {
        var transport = new FakeMailConnectionFactory
        {
            Script = static (address, _) => address.StartsWith("f3", StringComparison.Ordinal)
                ? new SendResult(SendOutcomeKind.PermanentFailure, 550, "5.1.1 unknown")
                : new SendResult(SendOutcomeKind.Accepted, 250, "OK"),
        };
        await using var harness = new EngineHarness(await LedgerAsync(), transport);
        await harness.StartAsync();

        var id = await harness.LaunchAsync(EngineHarness.Definition("f:1500"));

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        var counts = await harness.Ledger.CountAsync(id, Ct);
        var failed = Enumerable.Range(1, 1500).Count(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith('3'));
        Assert.Equal(1500, counts.Total);
        Assert.Equal(failed, counts.Failed);
        Assert.Equal(1500 - failed, counts.Sent);
        Assert.Equal(1500 - failed, transport.SendsPerMessageId.Count);
        Assert.All(transport.SendsPerMessageId.Values, n => Assert.Equal(1, n));
        Assert.Equal(550, (await harness.Campaigns.GetDeliveryAsync(id, "f-3", Ct)).Value.ReplyCode);
        Assert.Contains("f3@d3.example", await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A fresh ledger of the provider under test.</summary>
    private async Task<IDeliveryLedger> LedgerAsync()
    {
        if (provider is not { } p)
        {
            return new FakeDeliveryLedger();
        }

        _database = await LedgerTestDatabase.CreateAsync(p);
        return _database.Ledger;
    }

    /// <summary>The same database seen by a restarted node (a new ledger instance, or the fake itself).</summary>
    private IDeliveryLedger Restarted(IDeliveryLedger ledger) => _database?.NewLedger() ?? ledger;

    private static void AssertEachSentOnce(int expected, params FakeMailConnectionFactory[] transports)
    {
        var all = transports.SelectMany(t => t.SendsPerMessageId).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        Assert.Equal(expected, all.Count);
        Assert.All(all, p => Assert.Equal(1, p.Value));
    }
}
