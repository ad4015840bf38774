using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Tests.Ledger;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>Bounce processing on a real SQLite ledger: mapping, idempotency, thresholds, refusals that write nothing.</summary>
public sealed class BounceProcessorTests : IAsyncLifetime
{
    private readonly FakeBounceObserver _observer = new();
    private LedgerTestDatabase _db = null!;
    private SuppressionSet _set = null!;
    private BounceProcessor _processor = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IDeliveryLedger Ledger => _db.Ledger;

    public async ValueTask InitializeAsync()
    {
        _db = await LedgerTestDatabase.CreateAsync(MailLedgerProvider.Sqlite);
        _processor = Processor(BounceTestData.Options());
    }

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ProcessAsync_HardBounceToVerp_RecordedSuppressedAndObserved()
    {
        var campaign = await BounceLedgerData.SentCampaignAsync(Ledger, Now(0), null, "ok@example.net", "gone@example.net");
        var dsn = BounceTestData.Dsn(BounceTestData.Tokens().CreateAddress(campaign, 2), "gone@example.net", "5.1.1");

        var result = await _processor.ProcessAsync(dsn, Ct);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(BounceKind.Hard, result.Value.Kind);
        Assert.True(result.Value.Recorded);
        Assert.True(result.Value.Suppressed);
        Assert.True(_set.Contains(DeliveryChannel.Email, "GONE@example.net"));
        Assert.Contains("gone@example.net", await Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        var bounce = Assert.Single(await Ledger.ListBouncesAsync(campaign, 0, 10, Ct));
        Assert.Equal((2L, BounceKind.Hard, "5.1.1"), (bounce.Event.Sequence, bounce.Event.Kind, bounce.Event.Status));
        var observed = Assert.Single(_observer.Suppressions);
        Assert.Equal(("gone@example.net", BounceKind.Hard, campaign), (observed.Address, observed.Kind, observed.CampaignId));
    }

    [Fact]
    public async Task ProcessAsync_SameReportTwice_RecordedOnce()
    {
        var campaign = await BounceLedgerData.SentCampaignAsync(Ledger, Now(0), null, "gone@example.net");
        var dsn = BounceTestData.Dsn(BounceTestData.Tokens().CreateAddress(campaign, 1), "gone@example.net", "5.1.1", messageId: "once@mta.example");

        var first = await _processor.ProcessAsync(dsn, Ct);
        var second = await _processor.ProcessAsync(dsn, Ct);

        Assert.True(first.Value.Recorded);
        Assert.False(second.Value.Recorded);
        Assert.Single(await Ledger.ListBouncesAsync(campaign, 0, 10, Ct));
    }

    [Fact]
    public async Task ProcessAsync_ThreeSoftInARow_SuppressedAtTheThird()
    {
        var results = new List<BounceOutcome>();
        for (var i = 0; i < 3; i++)
        {
            var campaign = await BounceLedgerData.SentCampaignAsync(Ledger, Now(i), null, "full@example.net");
            var result = await _processor.ProcessAsync(BounceTestData.Dsn(BounceTestData.Tokens().CreateAddress(campaign, 1), "full@example.net", "5.2.2"), Ct);
            results.Add(result.Value);
        }

        Assert.Equal([1, 2, 3], results.Select(r => r.SoftStreak));
        Assert.Equal([false, false, true], results.Select(r => r.Suppressed));
        Assert.True(_set.Contains(DeliveryChannel.Email, "full@example.net"));
    }

    [Fact]
    public async Task ProcessAsync_SoftSuccessSoft_NotSuppressed()
    {
        var first = await BounceLedgerData.SentCampaignAsync(Ledger, Now(0), null, "full@example.net");
        await BounceLedgerData.SentCampaignAsync(Ledger, Now(1), null, "full@example.net"); // delivered: no bounce came back
        var third = await BounceLedgerData.SentCampaignAsync(Ledger, Now(2), null, "full@example.net");
        var tokens = BounceTestData.Tokens();

        await _processor.ProcessAsync(BounceTestData.Dsn(tokens.CreateAddress(first, 1), "full@example.net", "4.2.1"), Ct);
        var last = await _processor.ProcessAsync(BounceTestData.Dsn(tokens.CreateAddress(third, 1), "full@example.net", "5.2.2"), Ct);

        Assert.Equal(1, last.Value.SoftStreak);
        Assert.False(last.Value.Suppressed);
        Assert.Empty(await Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
    }

    [Fact]
    public async Task ProcessAsync_SoftThresholdOne_SuppressedAtOnce()
    {
        var processor = Processor(BounceTestData.Options(threshold: 1));
        var campaign = await BounceLedgerData.SentCampaignAsync(Ledger, Now(0), null, "full@example.net");

        var result = await processor.ProcessAsync(BounceTestData.Dsn(BounceTestData.Tokens().CreateAddress(campaign, 1), "full@example.net", "5.2.2"), Ct);

        Assert.True(result.Value.Suppressed);
    }

    [Fact]
    public async Task ProcessAsync_DelayWarning_RecordedNeverCountedNorSuppressed()
    {
        var campaign = await BounceLedgerData.SentCampaignAsync(Ledger, Now(0), null, "busy@example.net");

        var result = await _processor.ProcessAsync(BounceTestData.Dsn(BounceTestData.Tokens().CreateAddress(campaign, 1), "busy@example.net", "4.4.1", "delayed"), Ct);

        Assert.Equal(BounceKind.Delayed, result.Value.Kind);
        Assert.Equal(0, result.Value.SoftStreak);
        Assert.False(result.Value.Suppressed);
        Assert.Empty(_observer.Suppressions);
    }

    [Fact]
    public async Task ProcessAsync_DeliveredReport_NothingRecorded()
    {
        var campaign = await BounceLedgerData.SentCampaignAsync(Ledger, Now(0), null, "ok@example.net");

        var result = await _processor.ProcessAsync(BounceTestData.Dsn(BounceTestData.Tokens().CreateAddress(campaign, 1), "ok@example.net", "2.0.0", "delivered"), Ct);

        Assert.Null(result.Value.Kind);
        Assert.Empty(await Ledger.ListBouncesAsync(campaign, 0, 10, Ct));
    }

    [Fact]
    public async Task ProcessAsync_ArfAbuseSample_ComplaintSuppresses()
    {
        await BounceLedgerData.SampleCampaignAsync(Ledger);

        var result = await _processor.ProcessAsync(BounceTestData.Sample("arf-abuse.eml"), Ct);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal((BounceKind.Complaint, 3L, true), (result.Value.Kind, result.Value.Reference.Sequence, result.Value.Suppressed));
        Assert.True(_set.Contains(DeliveryChannel.Email, "complainer@mailprovider.example"));
    }

    [Fact]
    public async Task ProcessAsync_GmailSample_MappedThroughReturnedHeadersAndSuppressed()
    {
        await BounceLedgerData.SampleCampaignAsync(Ledger);

        var result = await _processor.ProcessAsync(BounceTestData.Sample("gmail-unknown-user.eml"), Ct);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal((BounceKind.Hard, 2L), (result.Value.Kind, result.Value.Reference.Sequence));
        Assert.True(_set.Contains(DeliveryChannel.Email, "nobody.citizen.2026@gmail.com"));
    }

    [Theory]
    [InlineData("not-a-report.eml", "bounce.report.missing")]
    [InlineData("dsn-no-recipient-fields.eml", "bounce.report.no_recipients")]
    [InlineData("dsn-no-token.eml", "bounce.token.missing")]
    [InlineData("dsn-forged-token.eml", "bounce.token.forged")]
    [InlineData("postfix-unknown-recipient.eml", "bounce.token.malformed")]
    public async Task ProcessAsync_BadSample_RefusedAndNothingWritten(string file, string code)
    {
        await BounceLedgerData.SampleCampaignAsync(Ledger);

        var result = await _processor.ProcessAsync(BounceTestData.Sample(file), Ct);

        Assert.Equal(code, result.Error?.Code);
        Assert.Empty(await Ledger.ListBouncesAsync(BounceTestData.SampleCampaign, 0, 10, Ct));
        Assert.Empty(await Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        Assert.Equal(0, _set.Count);
        Assert.Empty(_observer.Suppressions);
    }

    [Fact]
    public async Task ProcessAsync_GenuineTokenOfUnknownRow_DeliveryUnknown()
    {
        var dsn = BounceTestData.Dsn(BounceTestData.Tokens().CreateAddress(Guid.NewGuid(), 1), "x@example.net", "5.1.1");

        Assert.Equal("bounce.delivery.unknown", (await _processor.ProcessAsync(dsn, Ct)).Error?.Code);
    }

    [Fact]
    public async Task ProcessAsync_NotConfigured_Refused()
    {
        var processor = Processor(new BounceOptions());

        Assert.Equal("bounce.not_configured", (await processor.ProcessAsync(BounceTestData.Sample("arf-abuse.eml"), Ct)).Error?.Code);
    }

    private static DateTimeOffset Now(int campaign) => LedgerTestDatabase.Start.AddDays(campaign);

    private BounceProcessor Processor(BounceOptions bounces)
    {
        var options = Options.Create(new MailingOptions { Bounces = bounces });
        var time = new FakeTimeProvider(LedgerTestDatabase.Start);
        _set = new SuppressionSet();
        var list = new SuppressionList(Ledger, _set, options, time);
        return new BounceProcessor(Ledger, list, options, time, [_observer], NullLogger.Instance);
    }
}
