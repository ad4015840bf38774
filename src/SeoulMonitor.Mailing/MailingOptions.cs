namespace SeoulMonitor.Mailing;

/// <summary>Configuration of the mail engine (section <c>Mailing</c> by convention).</summary>
public sealed class MailingOptions
{
    /// <summary>Where the delivery ledger lives.</summary>
    public Ledger.LedgerOptions Ledger { get; set; } = new();

    /// <summary>The SMTP next hop; when no host is set, messages go to the pickup directory.</summary>
    public Transport.SmtpOptions Smtp { get; set; } = new();

    /// <summary>The pickup-directory transport (the embedded default when no SMTP server is configured).</summary>
    public Transport.PickupDirectoryOptions Pickup { get; set; } = new();

    /// <summary>DKIM signing.</summary>
    public Messages.DkimOptions Dkim { get; set; } = new();

    /// <summary>List-Unsubscribe links.</summary>
    public Messages.UnsubscribeOptions Unsubscribe { get; set; } = new();

    /// <summary>The sending pipeline (workers, batch sizes, leases, retries).</summary>
    public Pipeline.PipelineOptions Pipeline { get; set; } = new();

    /// <summary>Rate limits (global, per transport, per destination domain).</summary>
    public RateLimiting.RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Bounce and complaint handling (VERP return paths, thresholds, the IMAP poller).</summary>
    public Bounces.BounceOptions Bounces { get; set; } = new();

    /// <summary>Collects every setting that is out of range (used by the options validator).</summary>
    internal void Validate(ICollection<string> failures)
    {
        Ledger.Validate(failures);
        Smtp.Validate(failures);
        Pickup.Validate(failures);
        Dkim.Validate(failures);
        Unsubscribe.Validate(failures);
        Pipeline.Validate(failures);
        RateLimits.Validate(failures);
        Bounces.Validate(failures);
    }
}
