using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Mailing.Tests.Bounces;

public sealed class BounceClassifierTests
{
    [Theory]
    [InlineData("failed", "5.1.1", BounceKind.Hard)]
    [InlineData("failed", "5.1.2", BounceKind.Hard)]
    [InlineData("failed", "5.1.10", BounceKind.Hard)]
    [InlineData("failed", "5.2.1", BounceKind.Hard)]
    [InlineData("failed", "5.4.4", BounceKind.Hard)]
    [InlineData("FAILED", "5.1.1 (user unknown)", BounceKind.Hard)]
    [InlineData("failed", "5.2.2", BounceKind.Soft)]
    [InlineData("failed", "5.7.1", BounceKind.Soft)]
    [InlineData("failed", "5.3.4", BounceKind.Soft)]
    [InlineData("failed", "4.2.1", BounceKind.Soft)]
    [InlineData("failed", "4.4.7", BounceKind.Soft)]
    [InlineData("failed", "garbage", BounceKind.Soft)]
    [InlineData("delayed", "4.4.1", BounceKind.Delayed)]
    public void Classify_ActionAndStatus_Kind(string action, string status, BounceKind expected) =>
        Assert.Equal(expected, BounceClassifier.Classify(action, status));

    [Theory]
    [InlineData("delivered", "2.0.0")]
    [InlineData("relayed", "2.0.0")]
    [InlineData("expanded", "2.0.0")]
    [InlineData(null, "5.1.1")]
    public void Classify_NotAFailure_Null(string? action, string status) => Assert.Null(BounceClassifier.Classify(action, status));
}
