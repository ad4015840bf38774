using System.Security.Cryptography;
using SeoulMonitor.Mailing;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>The engine's settings for the send benchmark: SMTP without TLS, rate limits out of the way, a fresh ledger.</summary>
internal static class SendSettings
{
    public static void Apply(MailingOptions options, SendArguments arguments, string directory, RSA? rsa)
    {
        options.Ledger.Provider = MailLedgerProvider.Sqlite;
        options.Ledger.ConnectionString = $"Data Source={Path.Combine(directory, "ledger.db")}";
        options.Smtp.Host = arguments.Host;
        options.Smtp.Port = arguments.Port;
        options.Smtp.Security = SmtpSecurity.None;
        options.Smtp.MaxConnections = arguments.Connections;
        options.Smtp.MessagesPerConnection = 0;
        options.Pipeline.NodeId = "send-benchmark";
        options.Pipeline.Workers = arguments.Connections;
        options.Pipeline.JournalDirectory = Path.Combine(directory, "journal");
        options.Pipeline.PollInterval = TimeSpan.FromMilliseconds(50);
        options.RateLimits.GlobalPerSecond = 1_000_000;
        options.RateLimits.PerTransportPerSecond = 1_000_000;
        options.RateLimits.DefaultPerDomainPerSecond = 1_000_000;
        options.Unsubscribe.BaseUrl = "https://monitor.seoul.test/unsubscribe";
        options.Unsubscribe.SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        if (rsa is not null)
        {
            options.Dkim.Enabled = true;
            options.Dkim.Domain = "seoul.test";
            options.Dkim.Selector = "bench";
            options.Dkim.Algorithm = DkimAlgorithm.RsaSha256;
            options.Dkim.PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem();
        }
    }
}
