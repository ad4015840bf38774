using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Tests.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Campaigns;

public sealed class SuppressionListTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnsubscribeAsync_ValidToken_SuppressesTheAddressTheCampaignUsed()
    {
        await using var harness = new EngineHarness(configure: UnsubscribeSettings.Apply);
        var campaignId = await DraftWithAudienceAsync(harness, "u:2");
        var suppressions = harness.Services.GetRequiredService<SuppressionList>();
        var token = new UnsubscribeTokens(UnsubscribeSettings.Key).Create(campaignId, "u-1");

        Assert.True(await suppressions.UnsubscribeAsync(token, Ct));

        Assert.True(suppressions.Contains(DeliveryChannel.Email, "U1@d1.example"));
        Assert.False(suppressions.Contains(DeliveryChannel.Email, "u2@d2.example"));
        Assert.Contains("u1@d1.example", await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        var decision = await suppressions.CheckAsync(new GateRequest(campaignId, DeliveryChannel.Email, "u-1", "u1@d1.example", null), Ct);
        Assert.False(decision.Allowed);
    }

    [Fact]
    public async Task UnsubscribeAsync_ForgedToken_FalseAndNothingSuppressed()
    {
        await using var harness = new EngineHarness(configure: UnsubscribeSettings.Apply);
        var campaignId = await DraftWithAudienceAsync(harness, "u:1");
        var suppressions = harness.Services.GetRequiredService<SuppressionList>();
        var forged = new UnsubscribeTokens(new byte[32]).Create(campaignId, "u-1");

        Assert.False(await suppressions.UnsubscribeAsync(forged, Ct));
        Assert.False(await suppressions.UnsubscribeAsync("not a token", Ct));
        Assert.False(await suppressions.UnsubscribeAsync(null, Ct));

        Assert.Empty(await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
    }

    [Fact]
    public async Task UnsubscribeAsync_GenuineTokenOfUnknownRecipient_TrueAndNothingSuppressed()
    {
        await using var harness = new EngineHarness(configure: UnsubscribeSettings.Apply);
        var campaignId = await DraftWithAudienceAsync(harness, "u:1");
        var suppressions = harness.Services.GetRequiredService<SuppressionList>();

        Assert.True(await suppressions.UnsubscribeAsync(new UnsubscribeTokens(UnsubscribeSettings.Key).Create(campaignId, "nobody"), Ct));

        Assert.Empty(await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
    }

    [Fact]
    public async Task UnsubscribeAsync_NoSigningKeyConfigured_False()
    {
        await using var harness = new EngineHarness();
        var campaignId = await DraftWithAudienceAsync(harness, "u:1");
        var suppressions = harness.Services.GetRequiredService<SuppressionList>();

        Assert.False(await suppressions.UnsubscribeAsync(new UnsubscribeTokens(UnsubscribeSettings.Key).Create(campaignId, "u-1"), Ct));
    }

    [Fact]
    public async Task AddAsync_Address_StoredAndDeniedByTheGate()
    {
        await using var harness = new EngineHarness();
        var suppressions = harness.Services.GetRequiredService<SuppressionList>();

        await suppressions.AddAsync(DeliveryChannel.Email, "Lee@Example.com", "opted out", Ct);

        var decision = await suppressions.CheckAsync(new GateRequest(Guid.NewGuid(), DeliveryChannel.Email, "r", "lee@example.com", null), Ct);
        Assert.False(decision.Allowed);
        Assert.True((await suppressions.CheckAsync(new GateRequest(Guid.NewGuid(), DeliveryChannel.Sms, "r", "lee@example.com", null), Ct)).Allowed);
        Assert.Contains("lee@example.com", await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
    }

    private static async Task<Guid> DraftWithAudienceAsync(EngineHarness harness, string audience)
    {
        var definition = EngineHarness.Definition(audience);
        Assert.True((await harness.Campaigns.CreateAsync(definition, Ct)).IsSuccess);
        Assert.True((await harness.Campaigns.LoadAudienceAsync(definition.Id, Ct)).IsSuccess);
        return definition.Id;
    }
}
