using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Tests.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Campaigns;

public sealed class CampaignPreviewsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PreviewAsync_KnownCampaign_RendersMergeFieldsHeadersAndUnsubscribeLink()
    {
        await using var harness = new EngineHarness(configure: UnsubscribeSettings.Apply);
        var definition = EngineHarness.Definition("p:1");
        Assert.True((await harness.Campaigns.CreateAsync(definition, Ct)).IsSuccess);
        var previews = harness.Services.GetRequiredService<CampaignPreviews>();

        var result = await previews.PreviewAsync(definition.Id, new Recipient("r-1", "kim@example.com", new Dictionary<string, string> { ["name"] = "김<서울>" }), Ct);

        Assert.True(result.IsSuccess, result.Error?.Code);
        var preview = result.Value;
        Assert.Equal("김<서울>님께 드리는 소식", preview.Subject);
        Assert.Contains("안녕하세요 김&lt;서울&gt;", preview.Html, StringComparison.Ordinal);
        Assert.Contains("안녕하세요 김<서울>", preview.Text, StringComparison.Ordinal);
        Assert.Contains(preview.Headers, h => h.Key == "List-Unsubscribe" && h.Value.Contains(UnsubscribeSettings.BaseUrl, StringComparison.Ordinal));
        Assert.Contains(preview.Headers, h => h.Key == "To" && h.Value.Contains("kim@example.com", StringComparison.Ordinal));
        Assert.DoesNotContain(preview.Headers, h => h.Key == "DKIM-Signature");
    }

    [Fact]
    public async Task PreviewAsync_UnknownCampaign_NotFound()
    {
        await using var harness = new EngineHarness();
        var previews = harness.Services.GetRequiredService<CampaignPreviews>();

        var result = await previews.PreviewAsync(Guid.NewGuid(), new Recipient("r-1", "kim@example.com"), Ct);

        Assert.Equal("campaign.not_found", result.Error?.Code);
    }

    [Fact]
    public async Task PreviewAsync_RecipientAddressNotAMailbox_RefusedWithPreviewFailed()
    {
        await using var harness = new EngineHarness();
        var definition = EngineHarness.Definition("p:1");
        Assert.True((await harness.Campaigns.CreateAsync(definition, Ct)).IsSuccess);
        var previews = harness.Services.GetRequiredService<CampaignPreviews>();

        var result = await previews.PreviewAsync(definition.Id, new Recipient("r-1", "no-at-sign"), Ct);

        Assert.Equal("campaign.preview.failed", result.Error?.Code);
        Assert.Equal(0, harness.Transport.Total);
    }

    [Fact]
    public async Task ListAsync_TwoCampaigns_ListsBoth()
    {
        await using var harness = new EngineHarness();
        var first = EngineHarness.Definition("a:1");
        var second = EngineHarness.Definition("b:1");
        Assert.True((await harness.Campaigns.CreateAsync(first, Ct)).IsSuccess);
        Assert.True((await harness.Campaigns.CreateAsync(second, Ct)).IsSuccess);

        var listed = await harness.Campaigns.ListAsync(Ct);

        Assert.Equal(new[] { first.Id, second.Id }.Order(), listed.Select(c => c.Definition.Id).Order());
    }
}
