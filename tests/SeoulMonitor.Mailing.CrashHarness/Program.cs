using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.CrashHarness;

/// <summary>
/// Runs the real engine (SQLite ledger file, SMTP transport, journal, fixed node id) on one campaign until every
/// recipient is final. Exit codes: 0 completed, 3 stopped gracefully by SIGTERM before completion, 2 bad arguments,
/// 1 the campaign could not be started or ended cancelled.
/// </summary>
internal static class Program
{
    public const string NodeId = "crash-harness";

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
        services.AddSeoulMonitorMailing(o =>
        {
            o.Ledger.ConnectionString = "Data Source=" + args.LedgerPath;
            o.Smtp.Host = args.SmtpHost;
            o.Smtp.Port = args.SmtpPort;
            o.Smtp.Security = SmtpSecurity.None;
            o.Smtp.MaxConnections = args.Connections;
            o.Smtp.ConnectTimeout = TimeSpan.FromSeconds(5);
            o.Smtp.CommandTimeout = TimeSpan.FromSeconds(10);
            o.Pipeline.NodeId = NodeId;
            o.Pipeline.JournalDirectory = args.JournalDirectory;
            o.Pipeline.Workers = args.Connections;
            o.Pipeline.PollInterval = TimeSpan.FromMilliseconds(50);
            o.Pipeline.FlushInterval = TimeSpan.FromMilliseconds(50);
            o.Pipeline.ConnectionRetryDelay = TimeSpan.FromMilliseconds(50);
            o.RateLimits.GlobalPerSecond = 1_000_000;
            o.RateLimits.PerTransportPerSecond = 1_000_000;
            o.RateLimits.DefaultPerDomainPerSecond = 1_000_000;
        });
        return services.BuildServiceProvider();
    }
}
