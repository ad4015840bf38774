using System.Diagnostics.Metrics;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

/// <summary>Builds an <see cref="SmtpConnectionFactory"/> pointed at a fake server, plain text, with short timeouts.</summary>
internal static class SmtpTestFactory
{
    public static SmtpConnectionFactory For(FaultySmtpServer server, Action<SmtpOptions>? configure = null, IMeterFactory? meterFactory = null)
        => new(Options(server, configure), meterFactory: meterFactory);

    public static SmtpOptions Options(FaultySmtpServer server, Action<SmtpOptions>? configure = null)
    {
        var options = new SmtpOptions
        {
            Host = server.Host,
            Port = server.Port,
            Security = SmtpSecurity.None,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            CommandTimeout = TimeSpan.FromSeconds(10),
            ClientName = "sender.test",
        };
        configure?.Invoke(options);
        return options;
    }
}
