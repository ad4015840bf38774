using Microsoft.Data.Sqlite;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

/// <summary>
/// The engine's start creates the ledger's tables before it returns (a request right after the host started finds
/// them), retries while the database is unreachable, and fails with a clear error after the last attempt.
/// </summary>
public sealed class MailEngineStartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_FreshSqliteFile_CampaignCreatedAndCountedRightAfterItReturns()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sm-start-" + Guid.NewGuid().ToString("N"));
        var ledger = DeliveryLedgerFactory.Create(new LedgerOptions { ConnectionString = $"Data Source={Path.Combine(directory, "ledger.db")}" });
        try
        {
            await using (var harness = new EngineHarness(ledger))
            {
                await harness.Engine.StartAsync(Ct);
                var definition = EngineHarness.Definition("fresh:2");

                var created = await harness.Campaigns.CreateAsync(definition, Ct);
                var counts = await harness.Ledger.CountAsync(definition.Id, Ct);
                var stored = await harness.Ledger.GetCampaignAsync(definition.Id, Ct);

                Assert.True(created.IsSuccess, created.Error?.Code);
                Assert.Equal(0L, counts.Total);
                Assert.Equal(CampaignState.Draft, stored!.State);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_SlowDatabase_ReturnsOnlyOnceTheTablesExist()
    {
        var tables = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ledger = new FakeDeliveryLedger { InitializeGate = tables.Task };
        await using var harness = new EngineHarness(ledger);

        var start = harness.Engine.StartAsync(Ct);
        var returnedEarly = start.IsCompleted;
        tables.SetResult();
        await start.WaitAsync(EngineHarness.Timeout, Ct);

        Assert.False(returnedEarly);
        Assert.True(ledger.Initialized);
        await harness.Engine.Started.WaitAsync(EngineHarness.Timeout, Ct);
    }

    [Fact]
    public async Task StartAsync_DatabaseUnreachableUntilTheLastAttempt_RetriesAndStarts()
    {
        var ledger = new FakeDeliveryLedger { UnreachableInitializations = 2 };
        await using var harness = new EngineHarness(ledger, configure: o => (o.Ledger.InitializeAttempts, o.Ledger.InitializeRetryDelay) = (3, TimeSpan.FromMilliseconds(10)));

        await harness.StartAsync();

        Assert.Equal(3, ledger.InitializeCalls);
        Assert.True(ledger.Initialized);
    }

    [Fact]
    public async Task StartAsync_DatabaseUnreachableOnEveryAttempt_FailsAfterTheLastWithTheCause()
    {
        var ledger = new FakeDeliveryLedger { UnreachableInitializations = int.MaxValue };
        await using var harness = new EngineHarness(ledger, configure: o => (o.Ledger.InitializeAttempts, o.Ledger.InitializeRetryDelay) = (3, TimeSpan.FromMilliseconds(10)));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Engine.StartAsync(Ct));

        Assert.IsType<TimeoutException>(failure.InnerException);
        Assert.Contains("3 attempt(s)", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, ledger.InitializeCalls);
        Assert.False(ledger.Initialized);
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Engine.Started);
    }

    [Fact]
    public async Task StartAsync_ProgrammerErrorFromTheLedger_FailsAtOnceWithoutRetry()
    {
        var ledger = new FakeDeliveryLedger { InitializeGate = Task.FromException(new InvalidCastException("a bug")) };
        await using var harness = new EngineHarness(ledger, configure: o => o.Ledger.InitializeRetryDelay = TimeSpan.FromMilliseconds(10));

        await Assert.ThrowsAsync<InvalidCastException>(() => harness.Engine.StartAsync(Ct));

        Assert.Equal(1, ledger.InitializeCalls);
    }
}
