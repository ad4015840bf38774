namespace SeoulMonitor.Core.Audiences.Outbox;

/// <summary>The explicit limits of the outbox.</summary>
public static class OutboxLimits
{
    /// <summary>A subject.</summary>
    public const int SubjectMaxLength = 300;

    /// <summary>A body.</summary>
    public const int BodyMaxLength = 8000;

    /// <summary>Messages one drain pass sends at most.</summary>
    public const int BatchSize = 100;

    /// <summary>Failed attempts after which a message is no longer tried.</summary>
    public const int MaxAttempts = 8;

    /// <summary>The wait after the first failure; doubled after each further one.</summary>
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);
}
