using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.CrashHarness;

/// <summary>
/// Runs the real engine (SQLite ledger file or a shared PostgreSQL ledger, SMTP transport, journal, a node id given or
/// fixed) on one campaign until every recipient is final; standard input steers the campaign (<see cref="HarnessControl"/>)
/// and every message carries the node id in <see cref="NodeStampingMessageFactory.Header"/>. Exit codes: 0 completed,
/// 3 stopped gracefully by SIGTERM before completion, 2 bad arguments, 1 the campaign could not be started or ended
/// cancelled.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] argv)
    {
        if (HarnessArguments.Parse(argv, out var error) is not { } args)
        {
            await Console.Error.WriteLineAsync(error + Environment.NewLine + HarnessArguments.Usage).ConfigureAwait(false);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        await using var provider = Build(args);
        var engine = provider.GetRequiredService<MailEngine>();
        await engine.StartAsync(CancellationToken.None).ConfigureAwait(false);
        await engine.Started.ConfigureAwait(false);
        var refused = await HarnessCampaign.EnsureLaunchedAsync(
            provider.GetRequiredService<CampaignService>(), args, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
        if (refused is not null)
        {
            await Console.Error.WriteLineAsync("campaign refused: " + refused).ConfigureAwait(false);
            await engine.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return 1;
        }

        Console.WriteLine("running");
        _ = Task.Run(() => HarnessControl.RunAsync(provider.GetRequiredService<CampaignService>(), args.CampaignId, stop.Token), CancellationToken.None);
        CampaignState state;
        try
        {
            state = await engine.WaitForCampaignAsync(args.CampaignId, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await engine.StopAsync(CancellationToken.None).ConfigureAwait(false);
            Console.WriteLine("stopped");
            return 3;
        }

        await engine.StopAsync(CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine("final " + state);
        return state == CampaignState.Completed ? 0 : 1;
    }

    private static ServiceProvider Build(HarnessArguments args)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IRecipientSource>(new SyntheticAudience());
        services.AddSingleton<IMessageFactory>(sp => new NodeStampingMessageFactory(
            new ComposerMessageFactory(sp.GetRequiredService<IOptions<MailingOptions>>(), sp.GetRequiredService<TimeProvider>(), NullLogger<ComposerMessageFactory>.Instance),
            args.NodeId));
        services.AddSeoulMonitorMailing(o =>
        {
            o.Ledger.Provider = args.LedgerProvider;
            o.Ledger.ConnectionString = args.LedgerProvider == MailLedgerProvider.Sqlite ? "Data Source=" + args.Ledger : args.Ledger;
            o.Smtp.Host = args.SmtpHost;
            o.Smtp.Port = args.SmtpPort;
            o.Smtp.Security = SmtpSecurity.None;
            o.Smtp.MaxConnections = args.Connections;
            o.Smtp.ConnectTimeout = TimeSpan.FromSeconds(5);
            o.Smtp.CommandTimeout = TimeSpan.FromSeconds(10);
            o.Pipeline.NodeId = args.NodeId;
            o.Pipeline.JournalDirectory = args.JournalDirectory;
            o.Pipeline.Workers = args.Connections;
            o.Pipeline.LeaseDuration = args.LeaseDuration;
            o.Pipeline.PollInterval = TimeSpan.FromMilliseconds(50);
            o.Pipeline.FlushInterval = TimeSpan.FromMilliseconds(50);
            o.Pipeline.ConnectionRetryDelay = TimeSpan.FromMilliseconds(50);
            o.RateLimits.GlobalPerSecond = args.RatePerSecond;
            o.RateLimits.PerTransportPerSecond = args.RatePerSecond;
            o.RateLimits.DefaultPerDomainPerSecond = 1_000_000;
        });
        return services.BuildServiceProvider();
    }
}
