namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>Exponential backoff with full jitter: a delay drawn uniformly from [0, min(max, base × factor^(attempt−1))].</summary>
internal static class RetryPolicy
{
    /// <summary>The ceiling of the delay after <paramref name="attempt"/> counted attempts (1, 2, …).</summary>
    public static TimeSpan Ceiling(int attempt, PipelineOptions options)
    {
        var exponent = Math.Max(0, attempt - 1);
        var seconds = options.RetryBaseDelay.TotalSeconds * Math.Pow(options.RetryFactor, exponent);
        return seconds >= options.RetryMaxDelay.TotalSeconds || double.IsInfinity(seconds)
            ? options.RetryMaxDelay
            : TimeSpan.FromSeconds(seconds);
    }

    /// <summary>The delay after <paramref name="attempt"/> counted attempts, for a jitter draw in [0, 1).</summary>
    public static TimeSpan Delay(int attempt, PipelineOptions options, double jitter) =>
        TimeSpan.FromTicks((long)(Ceiling(attempt, options).Ticks * Math.Clamp(jitter, 0, 1)));
}
