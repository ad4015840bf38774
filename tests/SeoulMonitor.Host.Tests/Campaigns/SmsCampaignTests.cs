using System.Net;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Campaigns.CampaignApi;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>SMS campaigns through the campaign endpoints (the test host registers 02-2133-1234 as a sender number).</summary>
public sealed class SmsCampaignTests
{
    private const string SmsAudience = "list:seoul-news:sms";

    public static TheoryData<string, string> BadInput() => new()
    {
        { "to-monitors", "campaign.channel.unsupported" },
        { "email-to-sms-list", "campaign.channel.unsupported" },
        { "purpose", "campaign.purpose.invalid" },
        { "sender-unregistered", "sms.sender.unregistered" },
        { "sender-email", "sms.sender.invalid" },
        { "too-long", "sms.text.too_long" },
        { "emoji", "sms.text.unencodable" },
        { "uhc-only", "sms.text.unencodable" },
        { "html", "sms.template.html_unsupported" },
        { "no-text", "sms.template.text_missing" },
        { "long-subject", "sms.template.subject_too_long" },
        { "ad-label", "sms.advertising.label_missing" },
        { "ad-opt-out", "sms.advertising.opt_out_missing" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Create_BadSmsInput_ProblemWithStableCodeAndNothingWritten(string fault, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var body = SmsBody(app, b =>
        {
            switch (fault)
            {
                case "to-monitors": b["audience"] = "monitors"; break;
                case "email-to-sms-list": b["channel"] = "email"; b["sender"] = new { address = "news@seoul.go.kr" }; break;
                case "purpose": b["purpose"] = "promotion"; break;
                case "sender-unregistered": b["sender"] = new { address = "02-2133-9999" }; break;
                case "sender-email": b["sender"] = new { address = "news@seoul.go.kr" }; break;
                case "too-long": b["template"] = new { subject = "", text = new string('가', 1_000) + "!" }; break;
                case "emoji": b["template"] = new { subject = "", text = "{{ name }}님 안녕하세요 😀" }; break;
                case "uhc-only": b["template"] = new { subject = "", text = "똠방각하 {{ name }}" }; break;
                case "html": b["template"] = new { subject = "", html = "<p>x</p>", text = "x" }; break;
                case "no-text": b["template"] = new { subject = "제목" }; break;
                case "long-subject": b["template"] = new { subject = new string('가', 41), text = "x" }; break;
                case "ad-label": b["purpose"] = "advertising"; b["template"] = new { subject = "", text = "[광고] 서울시 행사 안내 무료거부 080-123-4567" }; break;
                case "ad-opt-out": b["purpose"] = "advertising"; b["template"] = new { subject = "", text = "(광고) 서울시 행사 안내 수신거부 02-2133-1234" }; break;
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
    public async Task Create_AdvertisingSms_CreatedWithNormalisedSenderAndPurpose()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var body = SmsBody(app, b =>
        {
            b["purpose"] = "Advertising";
            b["sender"] = new { address = "02 2133 1234" };
            b["template"] = new { subject = "", text = "(광고) {{ name }}님, 서울시 여름 축제 안내\n무료거부 080-123-4567" };
        });

        var (response, created) = await staff.PostJsonAsync("/api/campaigns", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var definition = created.GetProperty("definition");
        Assert.Equal("Sms", definition.GetProperty("channel").GetString());
        Assert.Equal("Advertising", definition.GetProperty("purpose").GetString());
        Assert.Equal("0221331234", definition.GetProperty("sender").GetProperty("address").GetString());
        Assert.Equal("Draft", created.State());
    }

    /// <summary>The test host sets no Mailing:Sms:Gateway:BaseUrl (SmsEndToEndTests launches with one).</summary>
    [Fact]
    public async Task Launch_SmsWithoutGatewayConfigured_ConflictAndStaysDraft()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var id = await staff.CreateAsync(SmsBody(app));

        var (response, problem) = await staff.PostJsonAsync($"/api/campaigns/{id}/launch");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("sms.transport.missing", problem.Code());
        var (_, record) = await staff.GetJsonAsync($"/api/campaigns/{id}");
        Assert.Equal("Draft", record.State());
    }

    private static Dictionary<string, object?> SmsBody(SeoulMonitorApplication app, Action<Dictionary<string, object?>>? change = null) =>
        Body(app, SmsAudience, b =>
        {
            b["channel"] = "sms";
            b["sender"] = new { address = "02-2133-1234" };
            b["template"] = new { subject = "", text = "{{ name }}님, 서울시 소식입니다." };
            change?.Invoke(b);
        });
}
