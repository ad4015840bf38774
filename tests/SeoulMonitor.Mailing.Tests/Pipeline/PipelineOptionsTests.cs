using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.RateLimiting;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class PipelineOptionsTests
{
    public static TheoryData<string, Action<PipelineOptions>> InvalidPipeline() => new()
    {
        { "NodeId", o => o.NodeId = " " },
        { "NodeId", o => o.NodeId = "a/b" },
        { "Workers", o => o.Workers = 0 },
        { "Workers", o => o.Workers = 65 },
        { "ClaimBatchSize", o => o.ClaimBatchSize = 0 },
        { "QueueCapacity", o => o.QueueCapacity = 0 },
        { "FlushBatchSize", o => o.FlushBatchSize = 0 },
        { "LeaseDuration", o => o.LeaseDuration = TimeSpan.Zero },
        { "LeaseDuration", o => (o.FlushInterval, o.LeaseDuration) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1)) },
        { "FlushInterval", o => o.FlushInterval = TimeSpan.FromMilliseconds(-1) },
        { "RetryMaxDelay", o => o.RetryMaxDelay = TimeSpan.FromSeconds(1) },
        { "RetryFactor", o => o.RetryFactor = 0.5 },
        { "JournalDirectory", o => o.JournalDirectory = "" },
        { "PollInterval", o => o.PollInterval = TimeSpan.Zero },
    };

    public static TheoryData<string, Action<RateLimitOptions>> InvalidRateLimits() => new()
    {
        { "GlobalPerSecond", o => o.GlobalPerSecond = 0 },
        { "PerTransportPerSecond", o => o.PerTransportPerSecond = double.NaN },
        { "DefaultPerDomainPerSecond", o => o.DefaultPerDomainPerSecond = -1 },
        { "Domains:naver.com", o => o.Domains["naver.com"] = 0 },
        { "invalid domain", o => o.Domains["a@b"] = 5 },
        { "ThrottleFactor", o => o.ThrottleFactor = 1 },
        { "RecoveryStep", o => o.RecoveryStep = 0 },
        { "RecoveryInterval", o => o.RecoveryInterval = TimeSpan.Zero },
        { "MinimumPerSecond", o => o.MinimumPerSecond = 1000 },
    };

    [Fact]
    public void Defaults_AsDocumented_Valid()
    {
        var options = new PipelineOptions();
        var failures = new List<string>();

        options.Validate(failures);
        new RateLimitOptions().Validate(failures);

        Assert.Empty(failures);
        Assert.Equal(8, options.Workers);
        Assert.Equal(500, options.ClaimBatchSize);
        Assert.Equal(TimeSpan.FromMinutes(2), options.LeaseDuration);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.FlushInterval);
        Assert.Equal(500, options.FlushBatchSize);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RetryBaseDelay);
        Assert.Equal(2, options.RetryFactor);
        Assert.Equal(TimeSpan.FromMinutes(30), options.RetryMaxDelay);
        Assert.Equal("data/mail-journal", options.JournalDirectory);
        Assert.Equal(NodeIdentity.ProcessDefault, options.NodeId);
        Assert.Equal(options.NodeId, new PipelineOptions().NodeId);
    }

    [Theory]
    [MemberData(nameof(InvalidPipeline))]
    public void Validate_PipelineOutOfRange_NamesTheSetting(string setting, Action<PipelineOptions> change)
    {
        var options = new PipelineOptions();
        change(options);
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Contains(failures, f => f.Contains(setting, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(InvalidRateLimits))]
    public void Validate_RateLimitsOutOfRange_NamesTheSetting(string setting, Action<RateLimitOptions> change)
    {
        var options = new RateLimitOptions();
        change(options);
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Contains(failures, f => f.Contains(setting, StringComparison.Ordinal));
    }
}
