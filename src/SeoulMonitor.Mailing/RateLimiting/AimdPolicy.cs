namespace SeoulMonitor.Mailing.RateLimiting;

/// <summary>
/// Additive increase, multiplicative decrease: a throttling reply multiplies a domain's rate by a factor (never below
/// a floor); each quiet interval afterwards adds a step back (never above the configured rate).
/// </summary>
internal static class AimdPolicy
{
    /// <summary>The rate after a throttling reply.</summary>
    public static double Decrease(double current, double factor, double minimum) => Math.Max(minimum, current * factor);

    /// <summary>The rate after <paramref name="quietIntervals"/> whole quiet intervals.</summary>
    public static double Recover(double current, double configured, double step, long quietIntervals) =>
        quietIntervals <= 0 ? current : Math.Min(configured, current + (step * quietIntervals));
}
