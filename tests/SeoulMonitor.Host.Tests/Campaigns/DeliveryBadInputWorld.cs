using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Bounces;
using SeoulMonitor.Host.Tests.Incentives;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>
/// Real records for the delivery bad-input battery (issue 7's host surface): a host with VERP, the bounce webhook and
/// the SMS webhook configured; an e-mail campaign whose two rows were sent; an SMS campaign whose row was sent and
/// accepted by the gateway as <see cref="MessageId"/>; a client for every caller; and a fingerprint of everything
/// a refused call must not change.
/// </summary>
internal sealed class DeliveryBadInputWorld : IAsyncDisposable
{
    public const string SmsSecret = "bad-input-battery-webhook-secret-of-32-chars";
    public const string MessageId = "gw-1";
    public const string Number = "01012345678";

    private readonly Dictionary<string, HttpClient> _clients;

    private DeliveryBadInputWorld(SeoulMonitorApplication app, Guid emailCampaign, Guid smsCampaign, Dictionary<string, HttpClient> clients)
    {
        App = app;
        EmailCampaign = emailCampaign;
        SmsCampaign = smsCampaign;
        _clients = clients;
    }

    public SeoulMonitorApplication App { get; }

    public Guid EmailCampaign { get; }

    public Guid SmsCampaign { get; }

    public IDeliveryLedger Ledger => App.Services.GetRequiredService<IDeliveryLedger>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Dictionary<string, string> Settings(string? smsSecret = SmsSecret)
    {
        var settings = new Dictionary<string, string>
        {
            ["Mailing:Bounces:Domain"] = BounceHostData.Domain,
            ["Mailing:Bounces:SigningKey"] = Convert.ToBase64String(BounceHostData.VerpKey),
            ["BounceWebhook:SigningKey"] = Convert.ToBase64String(BounceHostData.WebhookKey),
        };
        if (smsSecret is not null)
        {
            settings["Mailing:Sms:Gateway:WebhookSecret"] = smsSecret;
        }

        return settings;
    }

    public static async Task<DeliveryBadInputWorld> CreateAsync()
    {
        var app = new SeoulMonitorApplication(settings: Settings());
        var now = app.Clock.GetUtcNow();
        var email = await BounceHostData.SentCampaignAsync(app.Services, now, "ok@example.net", "gone@example.net");
        var sms = await SmsCampaignRowAsync(app.Services, now, Number);
        var monitor = Guid.NewGuid();
        var clients = new Dictionary<string, HttpClient>
        {
            [Callers.Anonymous] = app.CreateAnonymousClient(),
            [Callers.Staff] = app.CreateStaffClient(),
            [Callers.Department] = app.CreateDepartmentClient(),
            [Callers.Monitor] = app.CreateMonitorClient(monitor),
            [Callers.CommunityLeader] = app.CreateClient([Roles.CommunityLeader, Roles.Monitor], monitor),
        };
        return new DeliveryBadInputWorld(app, email, sms, clients);
    }

    /// <summary>
    /// An SMS campaign in the ledger with one sent row per number (recipient ids s1, s2, …), each accepted by the gateway
    /// as gw-1, gw-2, … (<see cref="MessageId"/> first) as a 30-byte SMS.
    /// </summary>
    public static Task<Guid> SmsCampaignRowAsync(IServiceProvider services, DateTimeOffset now, params string[] numbers) =>
        SmsCampaignRowAsync(services, now, "gw-", numbers);

    /// <summary>As the other overload, with message ids {<paramref name="idPrefix"/>}1, 2, … (message ids are unique across campaigns).</summary>
    public static async Task<Guid> SmsCampaignRowAsync(IServiceProvider services, DateTimeOffset now, string idPrefix, string[] numbers)
    {
        var ledger = services.GetRequiredService<IDeliveryLedger>();
        var campaign = new CampaignDefinition
        {
            Id = Guid.NewGuid(),
            Name = "문자 시험",
            Channel = DeliveryChannel.Sms,
            Sender = new MailSender("0221331234"),
            Template = new MessageTemplate("", null, "{{ name }}님, 서울시 소식입니다."),
            AudienceKey = "list:seoul-news:sms",
            SendBy = now.AddDays(1),
        };
        await ledger.CreateCampaignAsync(campaign, now, Ct);
        await ledger.AddRecipientsAsync(campaign.Id, [.. numbers.Select((n, i) => new Recipient($"s{i + 1}", n))], now, Ct);
        var claimed = await ledger.ClaimAsync(campaign.Id, numbers.Length, "test", now, now.AddMinutes(2), false, Ct);
        await ledger.CompleteAsync([.. claimed.Select(c => new DeliveryOutcome(campaign.Id, c.Sequence, DeliveryState.Sent, true, ReplyCode: 202))], now, Ct);
        await ledger.RecordSmsMessagesAsync(
            [.. numbers.Select((n, i) => new Mailing.Sms.Gateway.SmsMessageRecord($"{idPrefix}{i + 1}", campaign.Id, i + 1, n, Mailing.Sms.SmsKind.Sms, 30))], now, Ct);
        return campaign.Id;
    }

    public HttpClient Client(string caller) => _clients[caller];

    /// <summary>Everything a refused call must leave alone, as one comparable string.</summary>
    public async Task<string> StateAsync()
    {
        var ledger = Ledger;
        var campaigns = await ledger.ListCampaignsAsync(Enum.GetValues<CampaignState>(), Ct);
        var counts = new List<string>();
        foreach (var campaign in campaigns.OrderBy(c => c.Definition.Id))
        {
            counts.Add($"{campaign.Definition.Id:N}:{campaign.State}:{await ledger.CountAsync(campaign.Definition.Id, Ct)}");
        }

        var sms = await ledger.GetSmsMessageAsync(MessageId, Ct);
        var bounces = (await ledger.ListBouncesAsync(EmailCampaign, 0, 1000, Ct)).Count + (await ledger.ListBouncesAsync(SmsCampaign, 0, 1000, Ct)).Count;
        var email = (await ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct)).Count;
        var text = (await ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct)).Count;
        var audits = await App.QueryDbAsync(db => db.Set<AuditEntry>().CountAsync(Ct));
        var reads = await App.QueryDbAsync(db => db.Set<PersonalDataAccess>().CountAsync(Ct));
        var core = await App.QueryDbAsync(db => db.Set<SuppressionEntry>().CountAsync(Ct));
        return $"campaigns[{string.Join(',', counts)}] sms[{sms?.Status}:{sms?.Code}:{sms?.UpdatedAt:O}] bounces={bounces} "
            + $"suppressed(email={email},sms={text},core={core}) audits={audits} reads={reads}";
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }
}
