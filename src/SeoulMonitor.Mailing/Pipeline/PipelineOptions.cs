namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>The sending pipeline: workers, batch sizes, leases, retries and the crash journal.</summary>
public sealed class PipelineOptions
{
    /// <summary>
    /// This node's id: the owner of its leases and the name of its journal; every process sharing one ledger needs its
    /// own. Default: machine name, a hash of the application's directory, the process id and the process start time,
    /// unique per process but new on every restart. Set an explicit id, stable across
    /// restarts and unique per instance, to have a restarted node take over its own leases at once and replay its crash
    /// journal; without one, a crashed process's rows wait for their lease to expire and the answers only its journal
    /// holds may be sent again.
    /// </summary>
    public string NodeId { get; set; } = NodeIdentity.ProcessDefault;

    /// <summary>How many worker threads (and connections) send; 1–64, default 8.</summary>
    public int Workers { get; set; } = 8;

    /// <summary>How many rows one claim takes from the ledger; default 500.</summary>
    public int ClaimBatchSize { get; set; } = 500;

    /// <summary>Capacity of each lane (urgent and normal) between the dispatcher and the workers; default 2,000.</summary>
    public int QueueCapacity { get; set; } = 2_000;

    /// <summary>Capacity of the results channel between the workers and the ledger writer; default 4,000.</summary>
    public int ResultsCapacity { get; set; } = 4_000;

    /// <summary>
    /// How long a claim is leased; another node takes over rows whose lease expired. Default 2 minutes. Leases are not
    /// renewed: a worker gives a row back unsent instead of starting its send within the lease margin (a tenth of the
    /// lease, at most 10 s, but at least <see cref="FlushInterval"/>) before the lease ends. At least twice
    /// <see cref="FlushInterval"/>.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest the ledger writer holds outcomes before writing them; default 100 ms.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The ledger writer writes as soon as it holds this many outcomes; default 500.</summary>
    public int FlushBatchSize { get; set; } = 500;

    /// <summary>The first retry delay after a temporary failure; default 30 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The growth of the retry delay per attempt; default 2.</summary>
    public double RetryFactor { get; set; } = 2;

    /// <summary>The longest retry delay; default 30 minutes.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How soon a row is tried again after a broken connection (no attempt is counted); default 5 s.</summary>
    public TimeSpan ConnectionRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest a worker waits for a rate limit before deferring the row instead; default 2 s.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Where this node's crash journal lives; default <c>data/mail-journal</c>.</summary>
    public string JournalDirectory { get; set; } = "data/mail-journal";

    /// <summary>A journal file is rotated once it holds this many records and all of them are written to the ledger.</summary>
    public int JournalRotateRecords { get; set; } = 100_000;

    /// <summary>How often the dispatcher looks for campaigns and due retries when nothing wakes it; default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often <c>WatchProgressAsync</c> reports; default 1 s.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// No send starts this close to the end of its row's lease: the answer must reach the ledger (within
    /// <see cref="FlushInterval"/>) before another node may take the row over.
    /// </summary>
    internal TimeSpan LeaseMargin =>
        TimeSpan.FromTicks(Math.Max(Math.Min(LeaseDuration.Ticks / 10, TimeSpan.TicksPerSecond * 10), FlushInterval.Ticks));

    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (string.IsNullOrWhiteSpace(NodeId) || NodeId.Length > 100 || NodeId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            failures.Add("Mailing:Pipeline:NodeId must be 1–100 characters that are valid in a file name.");
        }

        Range(failures, nameof(Workers), Workers, 1, 64);
        Range(failures, nameof(ClaimBatchSize), ClaimBatchSize, 1, 10_000);
        Range(failures, nameof(QueueCapacity), QueueCapacity, 1, 1_000_000);
        Range(failures, nameof(ResultsCapacity), ResultsCapacity, 1, 1_000_000);
        Range(failures, nameof(FlushBatchSize), FlushBatchSize, 1, 100_000);
        Range(failures, nameof(JournalRotateRecords), JournalRotateRecords, 1, 100_000_000);
        Positive(failures, nameof(LeaseDuration), LeaseDuration);
        Positive(failures, nameof(FlushInterval), FlushInterval);
        Positive(failures, nameof(RetryBaseDelay), RetryBaseDelay);
        Positive(failures, nameof(RetryMaxDelay), RetryMaxDelay);
        Positive(failures, nameof(ConnectionRetryDelay), ConnectionRetryDelay);
        Positive(failures, nameof(PollInterval), PollInterval);
        Positive(failures, nameof(ProgressInterval), ProgressInterval);
        if (MaxRateLimitWait < TimeSpan.Zero)
        {
            failures.Add("Mailing:Pipeline:MaxRateLimitWait must not be negative.");
        }

        if (LeaseDuration > TimeSpan.Zero && LeaseDuration < FlushInterval * 2)
        {
            failures.Add("Mailing:Pipeline:LeaseDuration must be at least twice FlushInterval (an answer must reach the ledger before the lease ends).");
        }

        if (RetryMaxDelay < RetryBaseDelay)
        {
            failures.Add("Mailing:Pipeline:RetryMaxDelay must be at least RetryBaseDelay.");
        }

        if (!(RetryFactor >= 1 && RetryFactor <= 10))
        {
            failures.Add("Mailing:Pipeline:RetryFactor must be between 1 and 10.");
        }

        if (string.IsNullOrWhiteSpace(JournalDirectory))
        {
            failures.Add("Mailing:Pipeline:JournalDirectory is required.");
        }
    }

    private static void Range(ICollection<string> failures, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"Mailing:Pipeline:{name} must be between {min} and {max} (was {value}).");
        }
    }

    private static void Positive(ICollection<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Mailing:Pipeline:{name} must be positive.");
        }
    }
}
