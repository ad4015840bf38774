using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Tests.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Campaigns;

public sealed class SuppressionListHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task UnsubscribeAsync_WithHandler_AskedFirstAndSuppressesOnlyWhenNotHandled(bool handles, bool suppressed)
    {
        await using var harness = new EngineHarness(configure: UnsubscribeSettings.Apply);
        var definition = EngineHarness.Definition("u:1");
        Assert.True((await harness.Campaigns.CreateAsync(definition, Ct)).IsSuccess);
        Assert.True((await harness.Campaigns.LoadAudienceAsync(definition.Id, Ct)).IsSuccess);
        var handler = new RecordingHandler(handles);
        var suppressions = new SuppressionList(harness.Ledger, harness.Services.GetRequiredService<SuppressionSet>(),
            harness.Services.GetRequiredService<IOptions<MailingOptions>>(), TimeProvider.System, handler);

        Assert.True(await suppressions.UnsubscribeAsync(new UnsubscribeTokens(UnsubscribeSettings.Key).Create(definition.Id, "u-1"), Ct));

        var request = Assert.Single(handler.Requests);
        Assert.Equal((definition.Id, "u-1", DeliveryChannel.Email), (request.CampaignId, request.RecipientId, request.Channel));
        Assert.Equal(suppressed, suppressions.Contains(DeliveryChannel.Email, "u1@d1.example"));
    }

    private sealed class RecordingHandler(bool handles) : IUnsubscribeHandler
    {
        public List<UnsubscribeRequest> Requests { get; } = [];

        public ValueTask<bool> TryHandleAsync(UnsubscribeRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return ValueTask.FromResult(handles);
        }
    }
}
