using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class MailEngineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_Campaign_EveryRecipientSentExactlyOnceAndCompleted()
    {
        await using var harness = new EngineHarness();
        await harness.StartAsync();

        var id = await harness.LaunchAsync(EngineHarness.Definition("a:1200"));

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        var counts = await harness.Ledger.CountAsync(id, Ct);
        Assert.Equal(1200, counts.Sent);
        Assert.Equal(1200, counts.Total);
        Assert.Equal(1200, harness.Transport.SendsPerMessageId.Count);
        Assert.All(harness.Transport.SendsPerMessageId.Values, n => Assert.Equal(1, n));
        Assert.All(harness.Fake.Rows(id), r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task RunAsync_Outcomes_WrittenInBatchesNotPerMessage()
    {
        await using var harness = new EngineHarness(configure: o => o.Pipeline.FlushInterval = TimeSpan.FromSeconds(1));
        await harness.StartAsync();

        var id = await harness.LaunchAsync(EngineHarness.Definition("b:2000"));

        await harness.WaitAsync(id);
        Assert.True(harness.Fake.CompleteBatchSizes.Count < 40, $"{harness.Fake.CompleteBatchSizes.Count} round trips for 2,000 outcomes");
        Assert.All(harness.Fake.CompleteBatchSizes, n => Assert.InRange(n, 1, 500));
    }

    [Fact]
    public async Task RunAsync_PermanentFailure_FailedSuppressedAndReplyRecorded()
    {
        var transport = new FakeMailConnectionFactory
        {
            Script = static (address, _) => address.StartsWith("c7@", StringComparison.Ordinal)
                ? new SendResult(SendOutcomeKind.PermanentFailure, 550, "5.1.1 No such user")
                : new SendResult(SendOutcomeKind.Accepted, 250, "OK"),
        };
        await using var harness = new EngineHarness(transport: transport);
        await harness.StartAsync();

        var id = await harness.LaunchAsync(EngineHarness.Definition("c:10"));

        await harness.WaitAsync(id);
        var record = (await harness.Campaigns.GetDeliveryAsync(id, "c-7", Ct)).Value;
        Assert.Equal(DeliveryState.Failed, record.State);
        Assert.Equal(550, record.ReplyCode);
        Assert.Equal("5.1.1 No such user", record.Reply);
        Assert.Contains("c7@d3.example", await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        var undelivered = (await harness.Campaigns.ListUndeliveredAsync(id, cancellationToken: Ct)).Value;
        Assert.Equal("c-7", Assert.Single(undelivered).RecipientId);
    }

    [Fact]
    public async Task RunAsync_TemporaryFailure_DeferredWithBackoffAndCountedAttempt()
    {
        var transport = new FakeMailConnectionFactory
        {
            Script = static (address, _) => address.StartsWith("t1@", StringComparison.Ordinal)
                ? new SendResult(SendOutcomeKind.TemporaryFailure, 451, "4.7.1 Try later")
                : new SendResult(SendOutcomeKind.Accepted, 250, "OK"),
        };
        await using var harness = new EngineHarness(transport: transport);
        await harness.StartAsync();
        var before = TimeProvider.System.GetUtcNow();

        var id = await harness.LaunchAsync(EngineHarness.Definition("t:3"));

        await WaitUntilAsync(async () => (await harness.Ledger.CountAsync(id, Ct)) is { Sent: 2, Deferred: 1 });
        var deferred = harness.Fake.Rows(id).Single(r => r.State == DeliveryState.Deferred);
        Assert.Equal(1, deferred.Attempts);
        Assert.Equal(451, deferred.ReplyCode);
        Assert.InRange(deferred.RetryAt!.Value, before, TimeProvider.System.GetUtcNow().AddSeconds(30));
    }

    [Fact]
    public async Task RunAsync_ConnectionFailure_RetriedOnFreshConnectionWithoutAttempt()
    {
        var transport = new FakeMailConnectionFactory
        {
            Script = static (address, nth) => address.StartsWith("k2@", StringComparison.Ordinal) && nth == 1
                ? new SendResult(SendOutcomeKind.ConnectionFailure, 0, "connection reset")
                : new SendResult(SendOutcomeKind.Accepted, 250, "OK"),
        };
        await using var harness = new EngineHarness(
            transport: transport, configure: o => o.Pipeline.ConnectionRetryDelay = TimeSpan.FromMilliseconds(50));
        await harness.StartAsync();

        var id = await harness.LaunchAsync(EngineHarness.Definition("k:4"));

        await harness.WaitAsync(id);
        var row = (await harness.Campaigns.GetDeliveryAsync(id, "k-2", Ct)).Value;
        Assert.Equal(DeliveryState.Sent, row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(2, transport.SendsPerAddress["k2@d2.example"]);
        Assert.True(transport.Opened >= 2);
    }

    [Fact]
    public async Task RunAsync_GateDenies_SuppressedWithReasonAndNotSent()
    {
        await using var harness = new EngineHarness(gate: new DenyGate("g2@d2.example"));
        await harness.StartAsync();

        var id = await harness.LaunchAsync(EngineHarness.Definition("g:3"));

        await harness.WaitAsync(id);
        var row = (await harness.Campaigns.GetDeliveryAsync(id, "g-2", Ct)).Value;
        Assert.Equal(DeliveryState.Suppressed, row.State);
        Assert.Equal("consent withdrawn", row.Reply);
        Assert.False(harness.Transport.SendsPerAddress.ContainsKey("g2@d2.example"));
    }

    [Fact]
    public async Task RunAsync_DeadlinePassed_ExpiredAndNeverSent()
    {
        await using var harness = new EngineHarness();
        var definition = EngineHarness.Definition("e:50", sendBy: TimeProvider.System.GetUtcNow().AddSeconds(-1));
        harness.Fake.Put(definition, CampaignState.Draft, TimeProvider.System.GetUtcNow());
        await foreach (var batch in harness.Recipients.ReadAsync("e:50", Ct).Chunk(1000))
        {
            await harness.Ledger.AddRecipientsAsync(definition.Id, batch, TimeProvider.System.GetUtcNow(), Ct);
        }

        await harness.Ledger.TransitionCampaignAsync(definition.Id, CampaignState.Draft, CampaignState.Running, TimeProvider.System.GetUtcNow(), Ct);
        await harness.StartAsync();

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(definition.Id));
        Assert.Equal(50, (await harness.Ledger.CountAsync(definition.Id, Ct)).Expired);
        Assert.Equal(0, harness.Transport.Total);
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(EngineHarness.Timeout);
        while (!await condition())
        {
            timeout.Token.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }

    private sealed class DenyGate(string address) : ISendTimeGate
    {
        public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default) =>
            new(request.Address == address ? GateDecision.Deny("consent withdrawn") : GateDecision.Allow);
    }
}
