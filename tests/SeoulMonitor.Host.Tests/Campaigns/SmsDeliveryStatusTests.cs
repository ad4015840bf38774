using System.Net;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>The staff view of an SMS's carrier status: on one recipient's delivery record and as a paged list of reports.</summary>
public sealed class SmsDeliveryStatusTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetDelivery_SmsReportedFailed_ShowsMessageIdCarrierReportKindAndBytes()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        using var staff = world.App.CreateStaffClient();
        var reportedAt = world.App.Clock.GetUtcNow().AddMinutes(1);
        await world.Ledger.ApplySmsReportAsync(new SmsCarrierReport("gw-1", SmsCarrierStatus.Failed, "number_not_in_service", reportedAt), reportedAt, Ct);

        var (response, record) = await staff.GetJsonAsync($"/api/campaigns/{world.SmsCampaign}/deliveries/s1?purpose=carrier%20check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sms = record.GetProperty("sms");
        Assert.Equal(("gw-1", "Failed", "number_not_in_service", "Sms", 30),
            (sms.GetProperty("messageId").GetString(), sms.GetProperty("status").GetString(), sms.GetProperty("code").GetString(),
             sms.GetProperty("kind").GetString(), sms.GetProperty("bytes").GetInt32()));
        Assert.Equal(reportedAt, sms.GetProperty("reportedAt").GetDateTimeOffset());
        Assert.Equal(("s1", "Sent"), (record.GetProperty("recipientId").GetString(), record.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task GetDelivery_EmailCampaign_NoSmsPart()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        using var staff = world.App.CreateStaffClient();

        var (response, record) = await staff.GetJsonAsync($"/api/campaigns/{world.EmailCampaign}/deliveries/r1?purpose=check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.GetProperty("sms").ValueKind);
    }

    [Fact]
    public async Task ListReports_ThreeTextsByTwo_KeysetPagesInRowOrder()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        using var staff = world.App.CreateStaffClient();
        var campaign = await DeliveryBadInputWorld.SmsCampaignRowAsync(world.App.Services, world.App.Clock.GetUtcNow(), "lt-", ["01011110001", "01011110002", "01011110003"]);

        var (first, page1) = await staff.GetJsonAsync($"/api/campaigns/{campaign}/sms-reports?limit=2&purpose=carrier%20check");
        var (second, page2) = await staff.GetJsonAsync($"/api/campaigns/{campaign}/sms-reports?limit=2&after={page1.GetProperty("next").GetInt64()}&purpose=carrier%20check");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal([1L, 2L], page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sequence").GetInt64()));
        Assert.Equal(2, page1.GetProperty("next").GetInt64());
        var last = Assert.Single(page2.GetProperty("items").EnumerateArray());
        Assert.Equal(("lt-3", "01011110003", "Accepted"), (last.GetProperty("messageId").GetString(), last.GetProperty("address").GetString(), last.GetProperty("status").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page2.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("limit=1000", HttpStatusCode.OK, null)]
    [InlineData("limit=1001", HttpStatusCode.BadRequest, "campaign.sms_reports.limit_invalid")]
    [InlineData("limit=0", HttpStatusCode.BadRequest, "campaign.sms_reports.limit_invalid")]
    [InlineData("after=-1", HttpStatusCode.BadRequest, "campaign.sms_reports.limit_invalid")]
    [InlineData("email", HttpStatusCode.UnprocessableEntity, "campaign.channel.not_sms")]
    [InlineData("unknown", HttpStatusCode.NotFound, "campaign.not_found")]
    public async Task ListReports_LimitsAndWrongCampaigns_AnsweredWithStableCodes(string query, HttpStatusCode status, string? code)
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        using var staff = world.App.CreateStaffClient();
        var id = query switch { "email" => world.EmailCampaign, "unknown" => Guid.NewGuid(), _ => world.SmsCampaign };
        var parameters = query is "email" or "unknown" ? "" : "&" + query;

        var (response, body) = await staff.GetJsonAsync($"/api/campaigns/{id}/sms-reports?purpose=carrier%20check{parameters}");

        Assert.Equal((status, code), (response.StatusCode, body.Code()));
    }
}
