using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Messages;
using static SeoulMonitor.Host.Tests.Campaigns.CampaignApi;

namespace SeoulMonitor.Host.Tests.Audiences;

/// <summary>Campaigns to a list audience, end to end: the real subscriber source, preview, sending, one-click withdrawal.</summary>
public sealed partial class ListCampaignTests
{
    [Fact]
    public async Task Create_UnknownListOrSegment_ProblemAndNothingWritten()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (list, listProblem) = await staff.PostJsonAsync("/api/campaigns", Body(app, "list:no-such-list"));
        var (segment, segmentProblem) = await staff.PostJsonAsync("/api/campaigns", Body(app, $"segment:{Guid.NewGuid():D}"));

        Assert.Equal((HttpStatusCode.BadRequest, "audience.list.unknown"), (list.StatusCode, listProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "audience.segment.unknown"), (segment.StatusCode, segmentProblem.Code()));
        var (_, campaigns) = await staff.GetJsonAsync("/api/campaigns");
        Assert.Equal(0, campaigns.GetArrayLength());
    }

    [Fact]
    public async Task ListCampaign_ConfirmedSubscriber_PreviewedSentAndOneClickWithdrawsSoTheNextCampaignSkipsThem()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true);
        using var anonymous = app.CreateAnonymousClient();
        using var staff = app.CreateStaffClient();
        var subscriber = await SubscribeAndConfirmAsync(app, anonymous, "reader@example.com");
        await SubscribeAsync(anonymous, "pending@example.com");

        var id = await staff.CreateAsync(Body(app, "list:seoul-sibo"));
        var (preview, rendered) = await staff.PostJsonAsync($"/api/campaigns/{id:D}/preview?purpose=발송 전 확인", new { });
        await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");
        await app.WaitAsync(id);
        var (_, sent) = await staff.GetJsonAsync($"/api/campaigns/{id:D}/deliveries/sub:{subscriber:D}?purpose=발송 확인");
        var (_, progress) = await staff.GetJsonAsync($"/api/campaigns/{id:D}/progress");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("reader@example.com", rendered.ToString(), StringComparison.Ordinal);
        Assert.Equal("Sent", sent.GetProperty("state").GetString());
        Assert.Equal(1, progress.GetProperty("counts").GetProperty("total").GetInt32());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accesses = await scope.ServiceProvider.GetRequiredService<PersonalDataAccessLog>().ForSubjectAsync("subscriber", $"sub:{subscriber:D}", Ct);
            Assert.Single(accesses);
        }

        var token = new UnsubscribeTokens(SeoulMonitorApplication.UnsubscribeKey).Create(id, $"sub:{subscriber:D}");
        using var oneClick = app.CreateAnonymousClient();
        using var response = await oneClick.PostAsync(new Uri($"/api/unsubscribe?t={token}", UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), Ct);
        var next = await staff.CreateAsync(Body(app, "list:seoul-sibo"));
        var (_, empty) = await staff.PostJsonAsync($"/api/campaigns/{next:D}/preview?purpose=발송 전 확인", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("campaign.audience.empty", empty.Code());
        await using var check = app.Services.CreateAsyncScope();
        var consent = await check.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<Consent>().SingleAsync(c => c.State == ConsentState.Withdrawn, Ct);
        Assert.Equal("one-click", consent.EndReason);
    }

    private static async Task SubscribeAsync(HttpClient anonymous, string email)
    {
        var (_, list) = await anonymous.GetJsonAsync("/api/lists/seoul-sibo");
        var notice = list.GetProperty("notice").GetProperty("id").GetGuid();
        var (accepted, _) = await anonymous.PostJsonAsync("/api/subscriptions",
            new { email, lists = new[] { new { list = "seoul-sibo", channel = "Email", noticeId = notice, agreed = true } } });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    private static async Task<Guid> SubscribeAndConfirmAsync(SeoulMonitorApplication app, HttpClient anonymous, string email)
    {
        await SubscribeAsync(anonymous, email);
        await using var scope = app.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<OutboxMessage>().Where(m => m.To == email).OrderByDescending(m => m.Id).FirstAsync(Ct);
        var (confirmed, body) = await anonymous.PostJsonAsync("/api/subscriptions/confirm", new { token = ConfirmLink().Match(message.TextBody).Groups[1].Value });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return body.GetProperty("subscriberId").GetGuid();
    }

    [GeneratedRegex(@"confirm\?token=([A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmLink();
}
