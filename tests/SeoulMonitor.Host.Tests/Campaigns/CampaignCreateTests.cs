using System.Net;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Campaigns.CampaignApi;

namespace SeoulMonitor.Host.Tests.Campaigns;

public sealed class CampaignCreateTests
{
    public static TheoryData<string, string> BadInput() => new()
    {
        { "liquid", "campaign.template.invalid" },
        { "audience", "campaign.audience.unknown" },
        { "send-by-past", "campaign.send_by.past" },
        { "send-by-missing", "campaign.send_by.required" },
        { "priority", "campaign.priority.invalid" },
        { "channel", "campaign.channel.invalid" },
        { "sms", "campaign.channel.unsupported" },
        { "long-name", "campaign.name.invalid" },
        { "long-subject", "campaign.subject.invalid" },
        { "long-display-name", "campaign.sender.invalid" },
        { "sender", "campaign.sender.invalid" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Create_BadInput_ProblemWithStableCodeAndNothingWritten(string fault, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var body = Body(app, change: b =>
        {
            switch (fault)
            {
                case "liquid": b["template"] = new { subject = "s", html = "{% if %}", text = "t" }; break;
                case "audience": b["audience"] = "subscribers:all"; break;
                case "send-by-past": b["sendBy"] = app.Clock.GetUtcNow().AddMinutes(-1); break;
                case "send-by-missing": b.Remove("sendBy"); break;
                case "priority": b["priority"] = "highest"; break;
                case "channel": b["channel"] = "fax"; break;
                case "sms": b["channel"] = "sms"; break;
                case "long-name": b["name"] = new string('가', 201); break;
                case "long-subject": b["template"] = new { subject = new string('가', 501), text = "t" }; break;
                case "long-display-name": b["sender"] = new { address = "news@seoul.go.kr", displayName = new string('가', 201) }; break;
                case "sender": b["sender"] = new { address = "news@seoul.go.kr\r\nBcc: x@evil.example" }; break;
                default: throw new ArgumentOutOfRangeException(nameof(fault));
            }
        });

        var (response, problem) = await staff.PostJsonAsync("/api/campaigns", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, problem.Code());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail_ko").GetString()));
        var (_, list) = await staff.GetJsonAsync("/api/campaigns");
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Create_Valid_CreatedAsDraftWithCanonicalAudienceAndListed()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (response, created) = await staff.PostJsonAsync("/api/campaigns", Body(app, "monitors:district=Mapo-gu"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Draft", created.State());
        var id = created.GetProperty("definition").GetProperty("id").GetGuid();
        Assert.Equal($"/api/campaigns/{id:D}", response.Headers.Location?.ToString());
        var (_, fetched) = await staff.GetJsonAsync($"/api/campaigns/{id:D}");
        Assert.Equal("monitors:district=마포구", fetched.GetProperty("definition").GetProperty("audienceKey").GetString());
        var (_, list) = await staff.GetJsonAsync("/api/campaigns");
        Assert.Equal(1, list.GetArrayLength());
        var (missing, notFound) = await staff.GetJsonAsync($"/api/campaigns/{Guid.NewGuid():D}");
        Assert.Equal((HttpStatusCode.NotFound, "campaign.not_found"), (missing.StatusCode, notFound.Code()));
    }
}
