using System.Security.Cryptography.X509Certificates;

namespace SeoulMonitor.Mailing.Tests.Fakes;

/// <summary>What <see cref="FaultySmtpServer"/> advertises and requires.</summary>
public sealed record FaultySmtpServerOptions
{
    /// <summary>Advertise PIPELINING (default true).</summary>
    public bool Pipelining { get; init; } = true;

    /// <summary>Advertise CHUNKING and accept BDAT (default false, like Postfix's smtp-sink).</summary>
    public bool Chunking { get; init; }

    /// <summary>Advertise SIZE with this limit (0 = not advertised).</summary>
    public long MaxSize { get; init; }

    /// <summary>A certificate (with private key) to offer STARTTLS; null = no STARTTLS.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Accepted AUTH PLAIN/LOGIN credentials; null = AUTH not advertised.</summary>
    public (string UserName, string Password)? Credentials { get; init; }

    /// <summary>
    /// Answer DATA with 354 even when no recipient was accepted (a lenient server), then refuse the content with 554;
    /// the content bytes are counted in <see cref="FaultySmtpServer.ContentWithoutRecipientsBytes"/> (default false).
    /// </summary>
    public bool StartDataWithoutRecipients { get; init; }

    /// <summary>Refuse MAIL FROM with 530 before a successful AUTH (default false).</summary>
    public bool RequireAuthentication { get; init; }
}
