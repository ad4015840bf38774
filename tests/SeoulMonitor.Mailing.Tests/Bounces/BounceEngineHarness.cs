using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Tests.Bounces.RealMta;
using SeoulMonitor.Mailing.Tests.Resilience;
using SeoulMonitor.Mailing.Transport;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>
/// The whole engine as a host would register it (<c>AddSeoulMonitorMailing</c>: SQLite ledger, SMTP to the rig's Postfix,
/// VERP on the rig's bounce domain, the IMAP poller on the rig's Dovecot), for the end-to-end bounce tests.
/// The rig's INBOX is shared by every test of the process, so the poller reads a folder of this harness's own: a test
/// waits for its DSN in the INBOX (by its VERP address) and moves it there over IMAP, then polls. The poller never sees
/// (and never moves) another test's messages.
/// </summary>
internal sealed class BounceEngineHarness : IAsyncDisposable
{
    private static readonly TimeSpan CampaignTimeout = TimeSpan.FromSeconds(60);
    private readonly ServiceProvider _provider;
    private readonly CrashWorkspace _workspace = new();
    private readonly MailRig _rig;

    public BounceEngineHarness(MailRig rig, string label, string? password = null)
    {
        _rig = rig;
        Folder = $"sm-{label}-{Guid.NewGuid():N}"[..24];
        var services = new ServiceCollection();
        services.AddSingleton<IRecipientSource>(Recipients);
        services.AddSingleton<IBounceObserver>(Observer);
        services.AddSeoulMonitorMailing(o =>
        {
            o.Ledger.ConnectionString = _workspace.ConnectionString;
            o.Smtp.Host = rig.Host;
            o.Smtp.Port = rig.SmtpPort;
            o.Smtp.Security = SmtpSecurity.None;
            o.Smtp.ClientName = "engine.seoul.example";
            o.Smtp.MaxConnections = 2;
            o.Pipeline.NodeId = "bounce-e2e";
            o.Pipeline.JournalDirectory = _workspace.JournalDirectory;
            o.Pipeline.Workers = 2;
            o.Pipeline.PollInterval = TimeSpan.FromMilliseconds(20);
            o.Pipeline.FlushInterval = TimeSpan.FromMilliseconds(10);
            o.Bounces.ReturnPathLocalPart = MailRigAddresses.BounceLocalPart;
            o.Bounces.Domain = rig.BounceDomain;
            o.Bounces.SigningKey = BounceTestData.SigningKey;
            o.Bounces.Imap = new BounceImapOptions
            {
                Host = rig.Host,
                Port = rig.ImapPort,
                Security = SmtpSecurity.None,
                User = rig.ImapUser,
                Password = password ?? rig.ImapPassword,
                Folder = Folder,
                ProcessedFolder = Folder + "-done",
                RejectedFolder = Folder + "-rejected",
            };
        });
        _provider = services.BuildServiceProvider();
        Engine = _provider.GetRequiredService<MailEngine>();
        Campaigns = _provider.GetRequiredService<CampaignService>();
        Ledger = _provider.GetRequiredService<IDeliveryLedger>();
        Poller = _provider.GetRequiredService<BounceMailboxPoller>();
        Suppressions = _provider.GetRequiredService<SuppressionList>();
    }

    public string Folder { get; }

    public ListRecipientSource Recipients { get; } = new();

    public FakeBounceObserver Observer { get; } = new();

    public MailEngine Engine { get; }

    public CampaignService Campaigns { get; }

    public IDeliveryLedger Ledger { get; }

    public BounceMailboxPoller Poller { get; }

    public SuppressionList Suppressions { get; }

    public ReturnPathTokens Tokens { get; } = new(Convert.FromBase64String(BounceTestData.SigningKey), MailRigAddresses.BounceLocalPart, MailRigAddresses.BounceDomain);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task StartAsync()
    {
        await Engine.StartAsync(Ct);
        await Engine.Started.WaitAsync(CampaignTimeout, Ct);
        await EnsureFolderAsync(Folder);
    }

    /// <summary>Sends a campaign to <paramref name="addresses"/> through Postfix and waits until every row is final.</summary>
    public async Task<Guid> RunCampaignAsync(params string[] addresses)
    {
        var audience = Guid.NewGuid().ToString("N");
        Recipients.Set(audience, addresses);
        var definition = new CampaignDefinition
        {
            Id = Guid.NewGuid(),
            Name = "시민모니터 안내 " + audience[..6],
            Sender = new MailSender("news@seoul.example", "서울시 정책고객"),
            Template = new MessageTemplate("{{ name }}님께 드리는 안내", "<p>안녕하세요 {{ name }}</p>", "안녕하세요 {{ name }}"),
            AudienceKey = audience,
            SendBy = TimeProvider.System.GetUtcNow().AddHours(1),
        };
        var created = await Campaigns.CreateAsync(definition, Ct);
        Assert.True(created.IsSuccess, created.Error?.Code);
        var launched = await Campaigns.LaunchAsync(definition.Id, Ct);
        Assert.True(launched.IsSuccess, launched.Error?.Code);
        Assert.Equal(CampaignState.Completed, await Engine.WaitForCampaignAsync(definition.Id, Ct).WaitAsync(CampaignTimeout, Ct));
        return definition.Id;
    }

    /// <summary>The row's record (recipient id = address in <see cref="ListRecipientSource"/>).</summary>
    public async Task<DeliveryRecord> RowAsync(Guid campaignId, string address) =>
        await Ledger.GetDeliveryAsync(campaignId, address, Ct) ?? throw new InvalidOperationException($"No row for {address}.");

    /// <summary>Waits for the DSN Postfix sends to the row's VERP address and moves it into <see cref="Folder"/>.</summary>
    public async Task CollectBounceAsync(Guid campaignId, string address)
    {
        var row = await RowAsync(campaignId, address);
        var verp = Tokens.CreateAddress(campaignId, row.Sequence);
        var bounce = Assert.Single(await _rig.WaitForMessagesAsync(MailRig.DeliveredTo(verp), 1, RealMtaRig.BounceTimeout, Ct));
        using var client = await _rig.ConnectImapAsync(Ct);
        var target = await FolderAsync(client, Folder);
        await client.Inbox.OpenAsync(FolderAccess.ReadWrite, Ct);
        await client.Inbox.MoveToAsync(new UniqueId(bounce.Uid), target, Ct);
        await client.DisconnectAsync(quit: true, Ct);
    }

    /// <summary>Appends raw messages to <see cref="Folder"/> over IMAP (as a mail server would have delivered them).</summary>
    public async Task AppendAsync(params byte[][] messages)
    {
        using var client = await _rig.ConnectImapAsync(Ct);
        var target = await FolderAsync(client, Folder);
        foreach (var raw in messages)
        {
            using var message = await MimeKit.MimeMessage.LoadAsync(new MemoryStream(raw), Ct);
            await target.AppendAsync(message, MessageFlags.None, Ct);
        }

        await client.DisconnectAsync(quit: true, Ct);
    }

    /// <summary>How many messages a folder of this harness holds.</summary>
    public async Task<int> CountAsync(string folder)
    {
        using var client = await _rig.ConnectImapAsync(Ct);
        var found = await FolderAsync(client, folder);
        await found.OpenAsync(FolderAccess.ReadOnly, Ct);
        var count = found.Count;
        await client.DisconnectAsync(quit: true, Ct);
        return count;
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.StopAsync(CancellationToken.None).WaitAsync(CampaignTimeout);
        await _provider.DisposeAsync();
        _workspace.Dispose();
    }

    private async Task EnsureFolderAsync(string name)
    {
        using var client = await _rig.ConnectImapAsync(Ct);
        await FolderAsync(client, name);
        await client.DisconnectAsync(quit: true, Ct);
    }

    private static async Task<IMailFolder> FolderAsync(ImapClient client, string name)
    {
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        try
        {
            return await root.GetSubfolderAsync(name, Ct);
        }
        catch (FolderNotFoundException)
        {
            return await root.CreateAsync(name, isMessageFolder: true, Ct) ?? throw new InvalidOperationException("Folder not created.");
        }
    }
}
