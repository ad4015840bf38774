using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Pipeline;
using static SeoulMonitor.Host.Tests.Campaigns.CampaignApi;

namespace SeoulMonitor.Host.Tests.Audiences;

public sealed partial class SubscriptionsEndpointsTests
{
    [Fact]
    public async Task Subscribe_ConfirmAndStaffRead_ActiveAndAccessLoggedForgedTokenIs400()
    {
        await using var app = new SeoulMonitorApplication();
        using var anonymous = app.CreateAnonymousClient();
        using var staff = app.CreateStaffClient();
        var (_, list) = await anonymous.GetJsonAsync("/api/lists/seoul-sibo");
        var notice = list.GetProperty("notice").GetProperty("id").GetGuid();

        var (accepted, _) = await anonymous.PostJsonAsync("/api/subscriptions",
            new { email = "citizen@example.com", lists = new[] { new { list = "seoul-sibo", channel = "Email", noticeId = notice, agreed = true } } });
        var (unknown, problem) = await anonymous.PostJsonAsync("/api/subscriptions",
            new { email = "citizen@example.com", lists = new[] { new { list = "nope", channel = "Email", noticeId = notice, agreed = true } } });
        var (forged, forgedProblem) = await anonymous.PostJsonAsync("/api/subscriptions/confirm", new { token = new string('A', 43) });
        var (confirmed, body) = await anonymous.PostJsonAsync("/api/subscriptions/confirm", new { token = await TokenAsync(app) });

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "subscription.list.unknown"), (unknown.StatusCode, problem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "subscription.token.invalid"), (forged.StatusCode, forgedProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var subscriber = body.GetProperty("subscriberId").GetGuid();
        var (noPurpose, refused) = await staff.GetJsonAsync($"/api/subscribers/{subscriber:D}");
        var (read, record) = await staff.GetJsonAsync($"/api/subscribers/{subscriber:D}?purpose=민원 확인");
        var (export, history) = await staff.GetJsonAsync($"/api/subscribers/{subscriber:D}/consents/history?purpose=증빙&reason=분쟁 대응 증빙 제출");
        Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (noPurpose.StatusCode, refused.Code()));
        Assert.Equal(("citizen@example.com", "Active"), (record.GetProperty("email").GetString(), record.GetProperty("consents")[0].GetProperty("state").GetString()));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(2, (export.StatusCode == HttpStatusCode.OK ? history.GetProperty("events").GetArrayLength() : -1));
        await using var scope = app.Services.CreateAsyncScope();
        var accesses = await scope.ServiceProvider.GetRequiredService<PersonalDataAccessLog>().ForSubjectAsync("subscriber", subscriber.ToString("D"), Ct);
        Assert.Equal(2, accesses.Count);
    }

    [Fact]
    public async Task OneClick_SubscriberDelivery_WithdrawsThatConsentWithoutSuppressingTheAddress()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true);
        using var anonymous = app.CreateAnonymousClient();
        var (_, list) = await anonymous.GetJsonAsync("/api/lists/seoul-sibo");
        await anonymous.PostJsonAsync("/api/subscriptions", new
        {
            email = "reader@example.com",
            lists = new[] { new { list = "seoul-sibo", channel = "Email", noticeId = list.GetProperty("notice").GetProperty("id").GetGuid(), agreed = true } },
        });
        var (_, confirmed) = await anonymous.PostJsonAsync("/api/subscriptions/confirm", new { token = await TokenAsync(app) });
        var subscriber = confirmed.GetProperty("subscriberId").GetGuid();
        var consentId = confirmed.GetProperty("consents")[0].GetProperty("id").GetInt64();
        var recipient = new Recipient($"sub:{subscriber:D}", "reader@example.com",
            new Dictionary<string, string> { ["name"] = "구독자", ["district"] = "마포구" }, consentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var withSource = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IRecipientSource>(new OneRecipientSource(recipient))));
        using var staff = withSource.CreateDefaultClient();
        staff.DefaultRequestHeaders.Authorization = app.CreateStaffClient().DefaultRequestHeaders.Authorization;
        var id = await staff.CreateAsync(Body(app));
        await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");
        await withSource.Services.GetRequiredService<MailEngine>().WaitForCampaignAsync(id, Ct).WaitAsync(WaitLimit, Ct);

        var token = new UnsubscribeTokens(SeoulMonitorApplication.UnsubscribeKey).Create(id, recipient.Id);
        using var oneClick = withSource.CreateDefaultClient();
        using var response = await oneClick.PostAsync(new Uri($"/api/unsubscribe?t={token}", UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(withSource.Services.GetRequiredService<SuppressionList>().Contains(DeliveryChannel.Email, "reader@example.com"));
        await using var scope = withSource.Services.CreateAsyncScope();
        var consent = await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<Consent>().SingleAsync(c => c.Id == consentId, Ct);
        Assert.Equal((ConsentState.Withdrawn, "one-click"), (consent.State, consent.EndReason));
    }

    private static async Task<string> TokenAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<OutboxMessage>().OrderByDescending(m => m.Id).FirstAsync(Ct);
        return ConfirmLink().Match(message.TextBody).Groups[1].Value;
    }

    [GeneratedRegex(@"confirm\?token=([A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmLink();

    private sealed class OneRecipientSource(Recipient recipient) : IRecipientSource
    {
        public async IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield return recipient;
        }
    }
}
