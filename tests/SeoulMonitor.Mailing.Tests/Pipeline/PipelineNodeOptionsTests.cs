using System.Globalization;
using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

/// <summary>Node identity and lease margin: what lets several processes share one ledger.</summary>
public sealed class PipelineNodeOptionsTests
{
    private static readonly DateTime Started = new(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Create_TwoProcessesOfOneAppOnOneMachine_DifferentIds()
    {
        var first = NodeIdentity.Create("web-1", "/srv/seoulmonitor/", 4242, Started);
        var second = NodeIdentity.Create("web-1", "/srv/seoulmonitor/", 4243, Started);
        var restarted = NodeIdentity.Create("web-1", "/srv/seoulmonitor/", 4242, Started.AddSeconds(1));

        Assert.NotEqual(first, second);
        Assert.NotEqual(first, restarted);
        Assert.StartsWith("web-1-", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameProcess_SameId()
    {
        Assert.Equal(
            NodeIdentity.Create("web-1", "/srv/a/", 7, Started),
            NodeIdentity.Create("web-1", "/srv/a/", 7, Started));
    }

    [Fact]
    public void Create_OddOrLongMachineName_ValidFileNameWithin100()
    {
        var id = NodeIdentity.Create(new string('가', 3) + "/:*" + new string('m', 300), "/srv/a/", int.MaxValue, DateTime.MaxValue);
        var empty = NodeIdentity.Create("", "/srv/a/", 1, Started);

        Assert.InRange(id.Length, 1, 100);
        Assert.Equal(-1, id.IndexOfAny(Path.GetInvalidFileNameChars()));
        Assert.StartsWith("node-", empty, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessDefault_ThisProcess_HoldsItsProcessIdAndIsTheOptionsDefault()
    {
        var id = NodeIdentity.ProcessDefault;

        Assert.Contains("-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-", id, StringComparison.Ordinal);
        Assert.Equal(id, new PipelineOptions().NodeId);
        Assert.Empty(Validate(new PipelineOptions()));
    }

    [Fact]
    public void NodeId_SetExplicitly_UsedAsGiven()
    {
        var options = new PipelineOptions { NodeId = "seoul-mail-2" };

        Assert.Equal("seoul-mail-2", options.NodeId);
        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData(120_000, 100, 10_000)]
    [InlineData(3_000, 50, 300)]
    [InlineData(2_000, 1_000, 1_000)]
    public void LeaseMargin_LeaseAndFlush_TenthOfLeaseAtMost10SecondsAtLeastOneFlush(int leaseMs, int flushMs, int expectedMs)
    {
        var options = new PipelineOptions { LeaseDuration = TimeSpan.FromMilliseconds(leaseMs), FlushInterval = TimeSpan.FromMilliseconds(flushMs) };

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), options.LeaseMargin);
        Assert.Empty(Validate(options));
    }

    private static List<string> Validate(PipelineOptions options)
    {
        var failures = new List<string>();
        options.Validate(failures);
        return failures;
    }
}
