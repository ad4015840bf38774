using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class RetryPolicyTests
{
    private static readonly PipelineOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(30),
        RetryFactor = 2,
        RetryMaxDelay = TimeSpan.FromMinutes(30),
    };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1800)]
    [InlineData(8, 1800)]
    [InlineData(500, 1800)]
    public void Ceiling_Attempt_GrowsExponentiallyUpToTheMaximum(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryPolicy.Ceiling(attempt, Options));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0.5, 30)]
    [InlineData(0.999, 59.94)]
    public void Delay_Jitter_IsUniformBelowTheCeiling(double jitter, double seconds) =>
        Assert.Equal(seconds, RetryPolicy.Delay(2, Options, jitter).TotalSeconds, 3);
}
