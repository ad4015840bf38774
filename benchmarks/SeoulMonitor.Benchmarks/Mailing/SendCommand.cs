using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// The end-to-end benchmark (issue 3): <c>send --smtp 127.0.0.1:PORT --recipients N --size BYTES --connections C
/// [--dkim]</c>. A synthetic audience in a fresh SQLite ledger (temp directory), one personalised campaign sent
/// through the real engine (MailEngine, CampaignService, SMTP transport, ledger, journal; rate limits out of the way).
/// The last line is <c>sent=… failed=… seconds=… rate=… peak_rss_mb=…</c>; <c>seconds</c> runs from the launch to
/// every row final (the audience snapshot is taken before, when the campaign is scheduled, and reported apart).
/// </summary>
internal static class SendCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var process = Stopwatch.StartNew();
        var arguments = SendArguments.Parse(args);
        if (arguments is null)
        {
            return 2;
        }

        var directory = Directory.CreateTempSubdirectory("seoulmonitor-send-");
        try
        {
            return await RunAsync(arguments, directory.FullName, process).ConfigureAwait(false);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static async Task<int> RunAsync(SendArguments arguments, string directory, Stopwatch process)
    {
        using var rsa = arguments.Dkim ? RSA.Create(2048) : null;
        var services = new ServiceCollection();
        services.AddSingleton<IRecipientSource>(new SendAudience(arguments.Recipients));
        services.AddSeoulMonitorMailing(options => SendSettings.Apply(options, arguments, directory, rsa));
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<MailEngine>();
        var campaigns = provider.GetRequiredService<CampaignService>();
        var ledger = provider.GetRequiredService<IDeliveryLedger>();
        await engine.StartAsync(CancellationToken.None).ConfigureAwait(false);

        var now = TimeProvider.System.GetUtcNow();
        var definition = new CampaignDefinition
        {
            Id = Guid.NewGuid(),
            Name = "send benchmark",
            Sender = new MailSender("monitor@seoul.test", "서울특별시 시민모니터"),
            Template = SendTemplate.Create(arguments.Size),
            AudienceKey = "synthetic",
            SendAt = now.AddHours(1),
            SendBy = now.AddDays(1),
        };
        Check(await campaigns.CreateAsync(definition).ConfigureAwait(false));
        var snapshot = Stopwatch.StartNew();
        Check(await campaigns.ScheduleAsync(definition.Id).ConfigureAwait(false));
        var snapshotSeconds = snapshot.Elapsed.TotalSeconds;

        var sample = SendSample.Start();
        var launch = Stopwatch.StartNew();
        Check(await campaigns.LaunchAsync(definition.Id).ConfigureAwait(false));
        var state = await engine.WaitForCampaignAsync(definition.Id).ConfigureAwait(false);
        var seconds = launch.Elapsed.TotalSeconds;
        var usage = sample.Stop();
        await engine.StopAsync(CancellationToken.None).ConfigureAwait(false);

        var counts = await ledger.CountAsync(definition.Id).ConfigureAwait(false);
        var sent = counts.Sent;
        var failed = counts.Total - counts.Sent;
        var rate = sent / seconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"state={state} snapshot_seconds={snapshotSeconds:F2} process_seconds={process.Elapsed.TotalSeconds:F2} msgs_per_s={rate:F0} cpu_us_per_msg={usage.CpuMicroseconds / Math.Max(1, sent):F1} alloc_b_per_msg={usage.AllocatedBytes / Math.Max(1, sent)} gc={usage.Gen0}/{usage.Gen1}/{usage.Gen2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sent={sent} failed={failed} seconds={seconds:F2} rate={rate:F0} peak_rss_mb={SendSample.PeakRssMegabytes():F1}"));
        return failed == 0 && sent == arguments.Recipients ? 0 : 1;
    }

    private static void Check<T>(MailingResult<T> result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"{result.Error!.Code}: {result.Error.Message}");
        }
    }
}
