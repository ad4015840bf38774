using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

/// <summary>
/// The real engine and campaign service from <c>AddSeoulMonitorMailing</c>, on an in-memory ledger and a scripted
/// transport, with a fresh journal directory. A second harness on the same ledger and directory is a restarted node.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly ServiceProvider _provider;
    private bool _stopped;

    public EngineHarness(
        IDeliveryLedger? ledger = null,
        FakeMailConnectionFactory? transport = null,
        string? journalDirectory = null,
        Action<MailingOptions>? configure = null,
        ISendTimeGate? gate = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? extra = null)
    {
        Ledger = ledger ?? new FakeDeliveryLedger();
        Transport = transport ?? new FakeMailConnectionFactory();
        JournalDirectory = journalDirectory ?? Path.Combine(Path.GetTempPath(), "sm-journal-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddSingleton<IDeliveryLedger>(Ledger);
        services.AddSingleton<IMailConnectionFactory>(Transport);
        services.AddSingleton<IRecipientSource>(Recipients);
        if (gate is not null)
        {
            services.AddSingleton(gate);
        }

        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSeoulMonitorMailing(o =>
        {
            o.Pipeline.NodeId = "test-node";
            o.Pipeline.JournalDirectory = JournalDirectory;
            o.Pipeline.Workers = 2;
            o.Pipeline.PollInterval = TimeSpan.FromMilliseconds(20);
            o.Pipeline.FlushInterval = TimeSpan.FromMilliseconds(10);
            o.Pipeline.ProgressInterval = TimeSpan.FromMilliseconds(20);
            o.RateLimits.GlobalPerSecond = 1_000_000;
            o.RateLimits.PerTransportPerSecond = 1_000_000;
            o.RateLimits.DefaultPerDomainPerSecond = 1_000_000;
            configure?.Invoke(o);
        });
        extra?.Invoke(services);
        _provider = services.BuildServiceProvider();
        Engine = _provider.GetRequiredService<MailEngine>();
        Campaigns = _provider.GetRequiredService<CampaignService>();
    }

    public IServiceProvider Services => _provider;

    public IDeliveryLedger Ledger { get; }

    /// <summary>The ledger as the in-memory fake (for tests that inspect its rows and round trips).</summary>
    public FakeDeliveryLedger Fake => (FakeDeliveryLedger)Ledger;

    public FakeMailConnectionFactory Transport { get; }

    public FakeRecipientSource Recipients { get; } = new();

    public string JournalDirectory { get; }

    public MailEngine Engine { get; }

    public CampaignService Campaigns { get; }

    public static CampaignDefinition Definition(string audience, CampaignPriority priority = CampaignPriority.Normal, DateTimeOffset? sendBy = null) => new()
    {
        Id = Guid.NewGuid(),
        Name = "서울시 소식 " + audience,
        Sender = new MailSender("news@seoul.go.kr", "서울특별시"),
        Template = new MessageTemplate("{{ name }}님께 드리는 소식", "<p>안녕하세요 {{ name }}</p>", "안녕하세요 {{ name }}"),
        AudienceKey = audience,
        SendBy = sendBy ?? TimeProvider.System.GetUtcNow().AddHours(1),
        Priority = priority,
    };

    public async Task StartAsync()
    {
        await Engine.StartAsync(TestContext.Current.CancellationToken);
        await Engine.Started.WaitAsync(Timeout);
    }

    /// <summary>Creates and launches a campaign; returns its id.</summary>
    public async Task<Guid> LaunchAsync(CampaignDefinition definition)
    {
        Assert.True((await Campaigns.CreateAsync(definition)).IsSuccess);
        var launched = await Campaigns.LaunchAsync(definition.Id);
        Assert.True(launched.IsSuccess, launched.Error?.Code);
        return definition.Id;
    }

    public Task<CampaignState> WaitAsync(Guid campaignId) => Engine.WaitForCampaignAsync(campaignId).WaitAsync(Timeout);

    public async Task StopAsync()
    {
        _stopped = true;
        await Engine.StopAsync(CancellationToken.None).WaitAsync(Timeout);
    }

    /// <summary>kill -9, as far as a test can: nothing more is written, no row is released.</summary>
    public async Task CrashAsync()
    {
        _stopped = true;
        await Engine.AbandonAsync().WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }

        await _provider.DisposeAsync();
    }

    public void DeleteJournal()
    {
        if (Directory.Exists(JournalDirectory))
        {
            Directory.Delete(JournalDirectory, recursive: true);
        }
    }
}
