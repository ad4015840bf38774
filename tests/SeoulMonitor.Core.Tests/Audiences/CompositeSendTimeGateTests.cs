using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Core.Tests.Mailing;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Tests.Audiences;

public sealed class CompositeSendTimeGateTests
{
    [Theory]
    [InlineData("sub:0f8fad5b-d9cb-469f-a165-70867728950e", false)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData("SUB:x", true)]
    public async Task CheckAsync_RecipientIdPrefix_AsksTheMatchingGateOnly(string recipientId, bool monitor)
    {
        var monitors = new AllowAllGate();
        var subscribers = new AllowAllGate();
        var gate = new CompositeSendTimeGate(monitors, subscribers);

        await gate.CheckAsync(new GateRequest(Guid.NewGuid(), DeliveryChannel.Email, recipientId, "a@example.com", null), TestContext.Current.CancellationToken);

        Assert.Equal((monitor ? 1 : 0, monitor ? 0 : 1), (monitors.Calls, subscribers.Calls));
    }
}
