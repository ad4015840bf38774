using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Sms;
using SeoulMonitor.Mailing.Tests.Pipeline;
using SeoulMonitor.Testing.Sms;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary>
/// The engine applying <see cref="NightHold"/> and the gate's night answers (a clock moved to Seoul evenings), sending
/// through the real SMS gateway adapter to the in-process gateway.
/// </summary>
public sealed class NightHoldEngineTests : IAsyncDisposable
{
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);
    private static readonly DateTimeOffset TenPm = new(2026, 7, 1, 22, 0, 0, Seoul);
    private static readonly DateTimeOffset EightAm = new(2026, 7, 2, 8, 0, 0, Seoul);

    private readonly FakeSmsGateway _gateway = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _gateway.DisposeAsync();

    [Fact]
    public async Task Run_AdvertisingSmsAtNightWithoutConsent_DeferredToEightWithoutAttempt()
    {
        await using var harness = Harness(TenPm);
        await harness.StartAsync();
        var id = await LaunchAsync(harness, Campaign(CampaignPurpose.Advertising, TenPm.AddDays(1)));

        await WaitUntilAsync(async () => (await harness.Ledger.CountAsync(id, Ct)).Deferred == 3);

        Assert.Empty(_gateway.Requests);
        Assert.All(harness.Fake.Rows(id), r =>
        {
            Assert.Equal(DeliveryState.Deferred, r.State);
            Assert.Equal(0, r.Attempts);
            Assert.Equal(EightAm, r.RetryAt);
        });
    }

    [Fact]
    public async Task Run_AdvertisingSmsAtNightSendByBeforeEight_ExpiredNeverSent()
    {
        await using var harness = Harness(TenPm);
        await harness.StartAsync();
        var id = await LaunchAsync(harness, Campaign(CampaignPurpose.Advertising, EightAm));

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        Assert.Empty(_gateway.Requests);
        Assert.Equal(3, (await harness.Ledger.CountAsync(id, Ct)).Expired);
    }

    [Theory]
    [InlineData(CampaignPurpose.Informational, false)]
    [InlineData(CampaignPurpose.Advertising, true)]
    public async Task Run_InformationalOrNightConsent_SentAtNight(CampaignPurpose purpose, bool nightConsent)
    {
        await using var harness = Harness(TenPm, nightConsent ? new AnswerGate(GateDecision.AllowAtNight) : null);
        await harness.StartAsync();
        var id = await LaunchAsync(harness, Campaign(purpose, TenPm.AddDays(1)));

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        Assert.Equal(3, (await harness.Ledger.CountAsync(id, Ct)).Sent);
        Assert.Equal(3, _gateway.Requests.Count);
    }

    [Fact]
    public async Task Run_RenderedTextTooLong_ThatRecipientFailedNeverTruncated()
    {
        await using var harness = Harness(EightAm);
        await harness.StartAsync();
        var definition = Campaign(CampaignPurpose.Informational, EightAm.AddHours(12)) with
        {
            Template = new MessageTemplate("", null, new string('가', 998) + "{{ name }}"),
        };
        var id = await LaunchAsync(harness, definition);

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        Assert.Empty(_gateway.Requests);
        Assert.All(harness.Fake.Rows(id), r =>
        {
            Assert.Equal(DeliveryState.Failed, r.State);
            Assert.Contains("sms.text.too_long", r.Reply, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Run_AdvertisingSmsInTheDay_Sent()
    {
        await using var harness = Harness(EightAm);
        await harness.StartAsync();
        var id = await LaunchAsync(harness, Campaign(CampaignPurpose.Advertising, EightAm.AddHours(12)));

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        Assert.Equal(3, _gateway.Requests.Count);
    }

    [Fact]
    public async Task Run_GateDefers_DeferredWithItsReasonWithoutAttempt()
    {
        var until = EightAm.AddHours(2);
        await using var harness = Harness(EightAm, new AnswerGate(GateDecision.Defer(until, "quiet hours of the gate")));
        await harness.StartAsync();
        var id = await LaunchAsync(harness, Campaign(CampaignPurpose.Informational, EightAm.AddHours(12)));

        await WaitUntilAsync(async () => (await harness.Ledger.CountAsync(id, Ct)).Deferred == 3);

        Assert.Empty(_gateway.Requests);
        Assert.All(harness.Fake.Rows(id), r => Assert.Equal((DeliveryState.Deferred, 0, until), (r.State, r.Attempts, r.RetryAt)));
    }

    private static async Task<Guid> LaunchAsync(EngineHarness harness, CampaignDefinition definition)
    {
        var created = await harness.Campaigns.CreateAsync(definition, Ct);
        Assert.True(created.IsSuccess, created.Error?.Code);
        var launched = await harness.Campaigns.LaunchAsync(definition.Id, Ct);
        Assert.True(launched.IsSuccess, launched.Error?.Code);
        return definition.Id;
    }

    private EngineHarness Harness(DateTimeOffset at, ISendTimeGate? gate = null) =>
        new(gate: gate, time: new NightHoldClock(at), extra: services =>
        {
            services.AddSingleton<IRecipientSource>(new MobileRecipientSource());
            services.AddSeoulMonitorSmsRules(o => o.SenderNumbers.Add("02-2133-1234"));
            services.AddSeoulMonitorSmsGateway(o =>
            {
                o.BaseUrl = _gateway.BaseUrl.ToString();
                o.ApiKey = FakeSmsGateway.ApiKey;
                o.PerSecond = 10_000;
            });
        });

    private static CampaignDefinition Campaign(CampaignPurpose purpose, DateTimeOffset sendBy) => EngineHarness.Definition("s:3", sendBy: sendBy) with
    {
        Channel = DeliveryChannel.Sms,
        Purpose = purpose,
        Sender = new MailSender("02-2133-1234"),
        Template = new MessageTemplate("", null, "(광고) {{ name }}님 서울 축제 안내 무료거부 080-123-4567"),
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(EngineHarness.Timeout);
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private sealed class AnswerGate(GateDecision answer) : ISendTimeGate
    {
        public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default) => new(answer);
    }
}
