using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Tests.Pipeline;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// The real engine in-process end to end: <c>AddSeoulMonitorMailing</c> with a SQLite ledger file, the real
/// <see cref="SmtpConnectionFactory"/> against a <see cref="FaultySmtpServer"/>, a journal directory, and short retry
/// delays (milliseconds) so that deferred messages come back without the test sleeping.
/// </summary>
internal sealed class SmtpEngineHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly CrashWorkspace _workspace = new();
    private bool _stopped;

    public SmtpEngineHarness(FaultySmtpServer server, int workers = 3, ISendTimeGate? gate = null, Action<MailingOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IRecipientSource>(Recipients);
        if (gate is not null)
        {
            services.AddSingleton(gate);
        }

        services.AddSeoulMonitorMailing(o =>
        {
            o.Ledger.ConnectionString = _workspace.ConnectionString;
            o.Smtp.Host = server.Host;
            o.Smtp.Port = server.Port;
            o.Smtp.Security = SmtpSecurity.None;
            o.Smtp.MaxConnections = workers;
            o.Smtp.CommandTimeout = TimeSpan.FromSeconds(10);
            o.Pipeline.NodeId = "fault-node";
            o.Pipeline.JournalDirectory = _workspace.JournalDirectory;
            o.Pipeline.Workers = workers;
            o.Pipeline.PollInterval = TimeSpan.FromMilliseconds(20);
            o.Pipeline.FlushInterval = TimeSpan.FromMilliseconds(10);
            o.Pipeline.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.Pipeline.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
            o.Pipeline.ConnectionRetryDelay = TimeSpan.FromMilliseconds(20);
            o.RateLimits.GlobalPerSecond = 1_000_000;
            o.RateLimits.PerTransportPerSecond = 1_000_000;
            o.RateLimits.DefaultPerDomainPerSecond = 1_000_000;
            configure?.Invoke(o);
        });
        _provider = services.BuildServiceProvider();
        Engine = _provider.GetRequiredService<MailEngine>();
        Campaigns = _provider.GetRequiredService<CampaignService>();
        Ledger = _provider.GetRequiredService<IDeliveryLedger>();
        Server = server;
    }

    public FakeRecipientSource Recipients { get; } = new();

    public FaultySmtpServer Server { get; }

    public MailEngine Engine { get; }

    public CampaignService Campaigns { get; }

    public IDeliveryLedger Ledger { get; }

    public async Task StartAsync()
    {
        await Engine.StartAsync(TestContext.Current.CancellationToken);
        await Engine.Started.WaitAsync(EngineHarness.Timeout);
    }

    /// <summary>Creates and launches a campaign to the fake audience <c>prefix:count</c>; returns its id.</summary>
    public async Task<Guid> LaunchAsync(string audience, DateTimeOffset? sendBy = null)
    {
        var definition = EngineHarness.Definition(audience, sendBy: sendBy);
        Assert.True((await Campaigns.CreateAsync(definition)).IsSuccess);
        var launched = await Campaigns.LaunchAsync(definition.Id);
        Assert.True(launched.IsSuccess, launched.Error?.Code);
        return definition.Id;
    }

    public Task<CampaignState> WaitAsync(Guid campaignId) => Engine.WaitForCampaignAsync(campaignId).WaitAsync(EngineHarness.Timeout);

    /// <summary>The ledger's and the server's view of the campaign to <c>prefix:count</c>.</summary>
    public Task<CampaignAudit> AuditAsync(Guid campaignId, string prefix, int count) => CampaignAudit.LoadAsync(
        Ledger, campaignId, Enumerable.Range(1, count).Select(i => FormattableString.Invariant($"{prefix}-{i}")), Server,
        TestContext.Current.CancellationToken);

    public async Task StopAsync()
    {
        _stopped = true;
        await Engine.StopAsync(CancellationToken.None).WaitAsync(EngineHarness.Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }

        await _provider.DisposeAsync();
        _workspace.Dispose();
    }
}
