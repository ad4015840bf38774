using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class OutcomeMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(9));
    private static readonly PipelineOptions Options = new();
    private static readonly LeasedDelivery Delivery = new(Guid.NewGuid(), 7, "r7", "a@naver.com", "naver.com", new Dictionary<string, string>(), null, 2);

    [Fact]
    public void Map_Accepted_SentWithReplyAndAttempt()
    {
        var outcome = OutcomeMapper.Map(new SendResult(SendOutcomeKind.Accepted, 250, "2.0.0 queued"), Delivery, Now.AddHours(1), Now, Options, 0.5);

        Assert.Equal(new DeliveryOutcome(Delivery.CampaignId, 7, DeliveryState.Sent, true, null, 250, "2.0.0 queued"), outcome);
    }

    [Fact]
    public void Map_TemporaryFailure_DeferredWithJitteredBackoffOfTheNextAttempt()
    {
        var outcome = OutcomeMapper.Map(new SendResult(SendOutcomeKind.TemporaryFailure, 451, "try later"), Delivery, Now.AddHours(1), Now, Options, 0.5);

        Assert.Equal(DeliveryState.Deferred, outcome.State);
        Assert.True(outcome.CountsAsAttempt);
        Assert.Equal(Now.AddSeconds(60), outcome.RetryAt);
        Assert.Equal(451, outcome.ReplyCode);
    }

    [Fact]
    public void Map_TemporaryFailureRetryAfterDeadline_Expired()
    {
        var outcome = OutcomeMapper.Map(new SendResult(SendOutcomeKind.TemporaryFailure, 421, "busy"), Delivery, Now.AddSeconds(10), Now, Options, 0.5);

        Assert.Equal(DeliveryState.Expired, outcome.State);
        Assert.Null(outcome.RetryAt);
        Assert.Equal(421, outcome.ReplyCode);
    }

    [Fact]
    public void Map_PermanentFailure_FailedWithAttempt()
    {
        var outcome = OutcomeMapper.Map(new SendResult(SendOutcomeKind.PermanentFailure, 550, "no such user"), Delivery, Now.AddHours(1), Now, Options, 0.5);

        Assert.Equal(DeliveryState.Failed, outcome.State);
        Assert.True(outcome.CountsAsAttempt);
    }

    [Fact]
    public void Map_ConnectionFailure_DeferredShortlyWithoutAttempt()
    {
        var outcome = OutcomeMapper.Map(new SendResult(SendOutcomeKind.ConnectionFailure, 0, "reset"), Delivery, Now.AddHours(1), Now, Options, 0.5);

        Assert.Equal(DeliveryState.Deferred, outcome.State);
        Assert.False(outcome.CountsAsAttempt);
        Assert.Equal(Now + Options.ConnectionRetryDelay, outcome.RetryAt);
        Assert.Null(outcome.ReplyCode);
    }

    [Fact]
    public void Map_ConnectionFailureNearDeadline_ReleasedPendingWithoutAttempt()
    {
        var outcome = OutcomeMapper.Map(new SendResult(SendOutcomeKind.ConnectionFailure, 0, "reset"), Delivery, Now.AddSeconds(1), Now, Options, 0.5);

        Assert.Equal(DeliveryState.Pending, outcome.State);
        Assert.False(outcome.CountsAsAttempt);
    }
}
