using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// The bounce mailbox read by <see cref="BounceMailboxPoller"/> (section <c>Mailing:Bounces:Imap</c>; off unless
/// <see cref="Host"/> is set). Each poll fetches the unseen messages of <see cref="Folder"/>; a processed one is moved to
/// <see cref="ProcessedFolder"/>, one that cannot be used (not a report, no or a forged token) to <see cref="RejectedFolder"/>.
/// Both folders are created when missing; nothing is deleted.
/// </summary>
public sealed class BounceImapOptions
{
    /// <summary>The IMAP server; empty turns polling off.</summary>
    public string? Host { get; set; }

    /// <summary>The port (default 993).</summary>
    public int Port { get; set; } = 993;

    /// <summary>TLS: <see cref="SmtpSecurity.SslOnConnect"/> (default), <see cref="SmtpSecurity.StartTls"/>, … or <see cref="SmtpSecurity.None"/> (tests only).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.SslOnConnect;

    /// <summary>The login.</summary>
    public string? User { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }

    /// <summary>The folder read (default <c>INBOX</c>).</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>Where processed messages go (default <c>Processed</c>).</summary>
    public string ProcessedFolder { get; set; } = "Processed";

    /// <summary>Where unusable messages go (default <c>Rejected</c>).</summary>
    public string RejectedFolder { get; set; } = "Rejected";

    /// <summary>The pause between polls (default 1 minute, 1 second–1 hour).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most messages handled per poll (default 200, 1–5,000).</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Whether polling is on.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    internal void Validate(ICollection<string> failures, bool verpConfigured)
    {
        if (!IsConfigured)
        {
            return;
        }

        if (!verpConfigured)
        {
            failures.Add("Mailing:Bounces:Imap needs Mailing:Bounces:Domain and SigningKey (without VERP a bounce cannot be mapped).");
        }

        if (Uri.CheckHostName(Host) == UriHostNameType.Unknown)
        {
            failures.Add("Mailing:Bounces:Imap:Host is not a host name or address.");
        }

        if (Port is < 1 or > 65535)
        {
            failures.Add("Mailing:Bounces:Imap:Port must be 1–65535.");
        }

        if (string.IsNullOrEmpty(User) || string.IsNullOrEmpty(Password))
        {
            failures.Add("Mailing:Bounces:Imap:User and Password are required.");
        }

        if (string.IsNullOrWhiteSpace(Folder) || string.IsNullOrWhiteSpace(ProcessedFolder) || string.IsNullOrWhiteSpace(RejectedFolder)
            || string.Equals(Folder, ProcessedFolder, StringComparison.OrdinalIgnoreCase) || string.Equals(Folder, RejectedFolder, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Mailing:Bounces:Imap:Folder, ProcessedFolder and RejectedFolder must be set and the last two differ from the first.");
        }

        if (PollInterval < TimeSpan.FromSeconds(1) || PollInterval > TimeSpan.FromHours(1))
        {
            failures.Add("Mailing:Bounces:Imap:PollInterval must be 1 second–1 hour.");
        }

        if (BatchSize is < 1 or > 5000)
        {
            failures.Add("Mailing:Bounces:Imap:BatchSize must be 1–5,000.");
        }
    }
}
