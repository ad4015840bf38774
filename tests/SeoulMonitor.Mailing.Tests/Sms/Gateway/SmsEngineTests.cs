using System.Globalization;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Sms.Gateway;
using SeoulMonitor.Testing.Sms;

namespace SeoulMonitor.Mailing.Tests.Sms.Gateway;

/// <summary>SMS campaigns through the real engine (ledger, claims, workers, journal, ledger writer) and the in-process gateway.</summary>
public sealed class SmsEngineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SmsCampaign_200RecipientsWithInjectedFailures_EveryRowFinalOnceAndNothingSentTwice()
    {
        await using var gateway = new FakeSmsGateway((request, attempt) => (Index(request) % 10, attempt) switch
        {
            (1, _) => GatewayStep.RefuseNumber,
            (2, _) => GatewayStep.RefuseSender,
            (3, 0) => GatewayStep.TooMany,
            (4, 0) => GatewayStep.Drop,
            (5, < 3) => GatewayStep.ServerError,
            (6, 0) when Index(request) % 50 == 6 => GatewayStep.Slow,
            _ => GatewayStep.Accept,
        }) { SlowDelay = TimeSpan.FromSeconds(1) };
        // So many failures open the circuit now and then: those rows are deferred by the break and sent afterwards.
        await using var host = new SmsTestHost(gateway, o => o.BreakDuration = TimeSpan.FromSeconds(1));
        var campaign = await LaunchAsync(host, Template("{{ name }}님, 서울시 알림입니다."), 200);

        await host.Engine.StartAsync(Ct);
        CampaignState state;
        try
        {
            state = await host.Engine.WaitForCampaignAsync(campaign, Ct).WaitAsync(Timeout, Ct);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Not finished: {await host.Ledger.CountAsync(campaign, Ct)}; gateway saw {gateway.Requests.Count} requests.");
            throw;
        }

        await host.Channel.Recorder.FlushAsync(Ct);
        await host.Engine.StopAsync(CancellationToken.None);

        Assert.Equal(CampaignState.Completed, state);
        var counts = await host.Ledger.CountAsync(campaign, Ct);
        Assert.Equal((160L, 40L, 200L), (counts.Sent, counts.Failed, counts.Sent + counts.Failed));
        Assert.All(gateway.Sends.Values, n => Assert.Equal(1, n));
        Assert.Equal(160, gateway.Sends.Count);
        for (var i = 1; i <= 200; i++)
        {
            var row = await host.Ledger.GetDeliveryAsync(campaign, $"r{i}", Ct);
            var expected = (i % 10) switch { 1 => "invalid_number", 2 => "sender_not_registered", _ => null };
            if (expected is null)
            {
                Assert.Equal(DeliveryState.Sent, row!.State);
            }
            else
            {
                Assert.Equal((DeliveryState.Failed, 400), (row!.State, row.ReplyCode));
                Assert.StartsWith(expected, row.Reply, StringComparison.Ordinal);
            }
        }

        var recorded = host.Ledger.SmsMessages();
        Assert.Equal(160, recorded.Count);
        Assert.All(recorded, m => Assert.Equal(gateway.Accepted[$"{campaign:N}-{m.Sequence}"], m.MessageId));
        var suppressed = await host.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct);
        Assert.Equal(20, suppressed.Count);
        Assert.Contains(Number(11), suppressed);
        Assert.DoesNotContain(Number(12), suppressed);
        Assert.Empty(await host.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
    }

    [Fact]
    public async Task SmsCampaign_TextsAtTheBoundaries_SmsLmsOrRefusedNeverPosted()
    {
        await using var gateway = new FakeSmsGateway();
        await using var host = new SmsTestHost(gateway);
        var hangul45 = new string('가', 45);
        var campaign = await LaunchAsync(host, Template("{{ body }}", subject: "서울시 안내"), 0, [
            Recipient(1, hangul45),                   // 90 bytes: SMS
            Recipient(2, hangul45 + "a"),             // 91 bytes: LMS
            Recipient(3, new string('가', 1000)),     // 2,000 bytes: LMS
            Recipient(4, new string('가', 1000) + "a"), // 2,001 bytes: refused
            Recipient(5, "안녕 😀"),                   // not in EUC-KR: refused
        ]);

        await host.Engine.StartAsync(Ct);
        await host.Engine.WaitForCampaignAsync(campaign, Ct).WaitAsync(Timeout, Ct);
        await host.Engine.StopAsync(CancellationToken.None);

        var posted = gateway.Requests.ToDictionary(r => r.To);
        Assert.Equal(3, posted.Count);
        Assert.Equal(("SMS", null), (posted[Number(1)].Kind, posted[Number(1)].Subject));
        Assert.Equal(("LMS", "서울시 안내"), (posted[Number(2)].Kind, posted[Number(2)].Subject));
        Assert.Equal("LMS", posted[Number(3)].Kind);
        Assert.Equal(new string('가', 1000), posted[Number(3)].Text);
        var tooLong = await host.Ledger.GetDeliveryAsync(campaign, "r4", Ct);
        var emoji = await host.Ledger.GetDeliveryAsync(campaign, "r5", Ct);
        Assert.Equal(DeliveryState.Failed, tooLong!.State);
        Assert.StartsWith("sms.text.too_long", tooLong.Reply, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Failed, emoji!.State);
        Assert.StartsWith("sms.text.unencodable", emoji.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmsCampaign_NoGatewayConfigured_RowsFailWithTheCode()
    {
        await using var host = new SmsTestHost(gateway: null);
        var campaign = await LaunchAsync(host, Template("알림"), 3);

        await host.Engine.StartAsync(Ct);
        await host.Engine.WaitForCampaignAsync(campaign, Ct).WaitAsync(Timeout, Ct);
        await host.Engine.StopAsync(CancellationToken.None);

        var row = await host.Ledger.GetDeliveryAsync(campaign, "r1", Ct);
        Assert.Equal(DeliveryState.Failed, row!.State);
        Assert.StartsWith("sms.gateway.not_configured", row.Reply, StringComparison.Ordinal);
    }

    internal static string Number(int i) => "010" + (20_000_000 + i).ToString(CultureInfo.InvariantCulture);

    private static int Index(SmsGatewayRequest request) => int.Parse(request.To[3..], CultureInfo.InvariantCulture) - 20_000_000;

    private static MessageTemplate Template(string text, string subject = "알림") => new(subject, null, text);

    private static Recipient Recipient(int i, string body) =>
        new($"r{i}", Number(i), new Dictionary<string, string> { ["name"] = $"시민{i}", ["body"] = body });

    /// <summary>A running SMS campaign straight in the ledger (campaign validation of SMS senders is not this test's subject).</summary>
    internal static async Task<Guid> LaunchAsync(SmsTestHost host, MessageTemplate template, int count, IReadOnlyList<Recipient>? recipients = null)
    {
        var now = TimeProvider.System.GetUtcNow();
        var definition = new CampaignDefinition
        {
            Id = Guid.NewGuid(),
            Name = "문자 알림",
            Channel = DeliveryChannel.Sms,
            Sender = new MailSender("0221331234"),
            Template = template,
            AudienceKey = "sms",
            SendBy = now.AddHours(1),
        };
        host.Ledger.Put(definition, CampaignState.Running, now);
        recipients ??= [.. Enumerable.Range(1, count).Select(i => Recipient(i, "본문"))];
        await host.Ledger.AddRecipientsAsync(definition.Id, recipients, now, Ct);
        return definition.Id;
    }
}
