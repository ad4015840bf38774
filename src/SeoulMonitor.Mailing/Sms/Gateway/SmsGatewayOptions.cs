namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// The SMS gateway (section <c>Mailing:Sms:Gateway</c>). When <see cref="BaseUrl"/> is empty no gateway is configured
/// and SMS campaigns' recipients fail with <c>sms.gateway.not_configured</c>.
/// </summary>
public sealed class SmsGatewayOptions
{
    /// <summary>The most requests in flight at once allowed by <see cref="MaxConcurrency"/>.</summary>
    public const int MaxConcurrencyLimit = 256;

    /// <summary>The most retries inside one send allowed by <see cref="MaxRetryAttempts"/>.</summary>
    public const int MaxRetryAttemptsLimit = 5;

    /// <summary>The widest window for delivery-report timestamps allowed by <see cref="WebhookTolerance"/>.</summary>
    public static readonly TimeSpan MaxWebhookTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The gateway's base address, for example <c>https://sms.example.kr/v1/</c>; empty means none configured.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The API key, sent in the <c>X-Api-Key</c> header (required with <see cref="BaseUrl"/>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The most previous secrets <see cref="PreviousWebhookSecrets"/> may hold.</summary>
    public const int MaxPreviousWebhookSecrets = 5;

    /// <summary>The shared secret of the delivery-report webhook's HMAC-SHA256 signature (at least 32 characters).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// Secrets rotated out that still verify delivery reports while the gateway switches to <see cref="WebhookSecret"/>:
    /// each at least 32 characters, at most <see cref="MaxPreviousWebhookSecrets"/>, no duplicates and not the current
    /// secret. A report signed with a secret removed from this list is <c>sms.webhook.signature_invalid</c>.
    /// </summary>
    public IList<string> PreviousWebhookSecrets { get; } = [];

    /// <summary>How far a report's timestamp may be from now (default and maximum 5 minutes; older ones are refused).</summary>
    public TimeSpan WebhookTolerance { get; set; } = MaxWebhookTolerance;

    /// <summary>The longest wait for one HTTP attempt (default 5 s, 100 ms – 60 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait for one send including its retries (default 15 s; more than <see cref="AttemptTimeout"/>, at most 5 min).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries inside one send, on 429, 5xx and timeouts only (default 2, 0–5); then the row is deferred.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The first retry's delay inside one send (exponential with jitter; default 200 ms, 10 ms – 10 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the circuit stays open after too many failures (default 15 s, 1 s – 10 min).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Requests in flight at once over every worker (default 16, 1–256).</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>Messages per second to the gateway (default 100, 0.1 – 100,000).</summary>
    public double PerSecond { get; set; } = 100;

    /// <summary>The longest a worker blocks for the per-second limit before deferring the row (default 2 s, 0 – 1 min).</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Carrier failure codes that mean the number cannot receive messages: a report with one of them adds the number
    /// to the SMS suppression list. Default: <c>number_not_in_service</c>, <c>invalid_number</c>, <c>unknown_subscriber</c>.
    /// </summary>
    public IList<string> HardFailureCodes { get; } = ["number_not_in_service", "invalid_number", "unknown_subscriber"];

    /// <summary>
    /// Gateway refusal codes (4xx) that are about the recipient's number, which then goes on the SMS suppression list;
    /// other refusals (sender not registered, content) fail the row only. Default: <c>invalid_number</c>, <c>blocked_number</c>.
    /// </summary>
    public IList<string> RecipientRefusalCodes { get; } = ["invalid_number", "blocked_number"];

    /// <summary>Whether a gateway is configured (a non-empty <see cref="BaseUrl"/>).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);
}
