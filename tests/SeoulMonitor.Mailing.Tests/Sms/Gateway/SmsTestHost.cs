using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Sms.Gateway;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;
using SeoulMonitor.Mailing.Transport;
using SeoulMonitor.Testing.Sms;

namespace SeoulMonitor.Mailing.Tests.Sms.Gateway;

/// <summary>The engine and the SMS gateway adapter from their <c>Add…</c> methods, on an in-memory ledger, against an in-process gateway.</summary>
internal sealed class SmsTestHost : IAsyncDisposable
{
    public const string Secret = "a-webhook-secret-of-at-least-32-characters";
    private readonly ServiceProvider _provider;

    public SmsTestHost(FakeSmsGateway? gateway, Action<SmsGatewayOptions>? configure = null, TimeProvider? time = null)
    {
        JournalDirectory = Path.Combine(Path.GetTempPath(), "sm-sms-journal-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddSingleton<IDeliveryLedger>(Ledger);
        services.AddSingleton<IMailConnectionFactory>(new FakeMailConnectionFactory());
        services.AddSingleton<IRecipientSource>(new FakeRecipientSource());
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSeoulMonitorSmsGateway(o =>
        {
            o.BaseUrl = gateway?.BaseUrl.ToString();
            o.ApiKey = FakeSmsGateway.ApiKey;
            o.WebhookSecret = Secret;
            o.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            o.TotalTimeout = TimeSpan.FromSeconds(5);
            o.RetryDelay = TimeSpan.FromMilliseconds(10);
            o.PerSecond = 10_000;
            configure?.Invoke(o);
        });
        services.AddSeoulMonitorMailing(o =>
        {
            o.Pipeline.NodeId = "sms-node";
            o.Pipeline.JournalDirectory = JournalDirectory;
            o.Pipeline.Workers = 4;
            o.Pipeline.PollInterval = TimeSpan.FromMilliseconds(20);
            o.Pipeline.FlushInterval = TimeSpan.FromMilliseconds(10);
            o.Pipeline.ProgressInterval = TimeSpan.FromMilliseconds(20);
            o.Pipeline.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
            o.Pipeline.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
            o.RateLimits.GlobalPerSecond = 1_000_000;
            o.RateLimits.PerTransportPerSecond = 1_000_000;
            o.RateLimits.DefaultPerDomainPerSecond = 1_000_000;
        });
        _provider = services.BuildServiceProvider();
    }

    public FakeDeliveryLedger Ledger { get; } = new();

    public string JournalDirectory { get; }

    public IServiceProvider Services => _provider;

    public MailEngine Engine => _provider.GetRequiredService<MailEngine>();

    public SmsDeliveryReportHandler Reports => _provider.GetRequiredService<SmsDeliveryReportHandler>();

    internal SmsGatewayClient Client => _provider.GetRequiredService<SmsGatewayClient>();

    internal SmsChannel Channel => _provider.GetRequiredService<SmsChannel>();

    internal SuppressionSet Suppressions => _provider.GetRequiredService<SuppressionSet>();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (Directory.Exists(JournalDirectory))
        {
            Directory.Delete(JournalDirectory, true);
        }
    }
}
