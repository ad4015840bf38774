namespace SeoulMonitor.Mailing.Transport;

/// <summary>The SMTP next hop (section <c>Mailing:Smtp</c>). When <see cref="Host"/> is empty, the pickup directory is used.</summary>
public sealed class SmtpOptions
{
    /// <summary>The most connections (worker threads) allowed by <see cref="MaxConnections"/>.</summary>
    public const int MaxConnectionsLimit = 64;

    /// <summary>The server's host name or IP address; null or empty means that no SMTP server is configured.</summary>
    public string? Host { get; set; }

    /// <summary>The server's port: 25 (relay), 587 (submission with STARTTLS) or 465 (SMTPS). Default 25.</summary>
    public int Port { get; set; } = 25;

    /// <summary>How the connection is secured. Default <see cref="SmtpSecurity.StartTlsWhenAvailable"/>.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTlsWhenAvailable;

    /// <summary>The user name for AUTH; when null or empty no authentication is attempted.</summary>
    public string? UserName { get; set; }

    /// <summary>The password for AUTH (required when <see cref="UserName"/> is set).</summary>
    public string? Password { get; set; }

    /// <summary>The name sent with EHLO; null means the machine's name as MailKit finds it.</summary>
    public string? ClientName { get; set; }

    /// <summary>Connections open at once, one worker thread each (1–64, default 8). 4–16 is the useful range on 2 cores.</summary>
    public int MaxConnections { get; set; } = 8;

    /// <summary>Messages sent on one connection before it is closed with QUIT and replaced (default 1000; 0 = unlimited).</summary>
    public int MessagesPerConnection { get; set; } = 1000;

    /// <summary>
    /// Whether, on the pipelined DATA path, one message's content and final dot go out in the same write as the next
    /// message's envelope (RFC 2920 chaining: 1 round trip per message instead of 2). Default on; the last message of a
    /// run is completed as soon as the worker has nothing more to send.
    /// </summary>
    public bool ChainTransactions { get; set; } = true;

    /// <summary>The longest wait for the TCP connection to be established (default 15 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest wait for any single read or write on the connection: MailKit's <c>Timeout</c> (default 60 s).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// FOR TESTS ONLY. Accepts any TLS server certificate, including self-signed and expired ones, which turns TLS into
    /// encryption without authentication: anyone in the path can read and change the mail. Never set it in production.
    /// </summary>
    public bool AcceptAnyCertificate { get; set; }

    /// <summary>Whether an SMTP server is configured (a non-empty <see cref="Host"/>).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (IsConfigured && Uri.CheckHostName(Host) == UriHostNameType.Unknown)
        {
            failures.Add("Mailing:Smtp:Host must be a host name or an IP address.");
        }

        if (Port is < 1 or > 65535)
        {
            failures.Add("Mailing:Smtp:Port must be between 1 and 65535.");
        }

        if (!Enum.IsDefined(Security))
        {
            failures.Add("Mailing:Smtp:Security must be None, StartTls, StartTlsWhenAvailable or SslOnConnect.");
        }

        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            failures.Add("Mailing:Smtp:Password is required when a UserName is set.");
        }

        if (string.IsNullOrEmpty(UserName) && !string.IsNullOrEmpty(Password))
        {
            failures.Add("Mailing:Smtp:UserName is required when a Password is set.");
        }

        if (ClientName is not null && (ClientName.Length == 0 || ClientName.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            failures.Add("Mailing:Smtp:ClientName must be a host name without spaces.");
        }

        if (MaxConnections is < 1 or > MaxConnectionsLimit)
        {
            failures.Add($"Mailing:Smtp:MaxConnections must be between 1 and {MaxConnectionsLimit}.");
        }

        if (MessagesPerConnection < 0)
        {
            failures.Add("Mailing:Smtp:MessagesPerConnection must be 0 (unlimited) or more.");
        }

        ValidateTimeout(ConnectTimeout, "ConnectTimeout", failures);
        ValidateTimeout(CommandTimeout, "CommandTimeout", failures);
    }

    private static void ValidateTimeout(TimeSpan value, string name, ICollection<string> failures)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Mailing:Smtp:{name} must be more than zero and at most 10 minutes.");
        }
    }
}
