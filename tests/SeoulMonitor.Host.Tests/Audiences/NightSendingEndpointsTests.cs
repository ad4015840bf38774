using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Tests.Audiences;

/// <summary>
/// <c>nightSending</c> on the subscribe form and the <c>night_sending</c> import column: SMS choices only, and ticked on an
/// already active SMS consent it is recorded as a <see cref="ConsentEventKind.NightSendingGiven"/> event (not refused:
/// the SMS consent stands, night sending is a separate consent added to it with its own evidence).
/// </summary>
public sealed class NightSendingEndpointsTests
{
    private const string Mobile = "01023450009";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Subscribe_NightSendingOnEmailChoice_ProblemAndNothingWritten()
    {
        await using var app = new SeoulMonitorApplication();
        using var anonymous = app.CreateAnonymousClient();

        var (response, problem) = await anonymous.PostJsonAsync("/api/subscriptions", Choice("d@example.kr", null, "Email", await NoticeAsync(anonymous)));

        Assert.Equal((HttpStatusCode.BadRequest, "subscription.night_sending.sms_only"), (response.StatusCode, problem.Code()));
        Assert.Empty(await EventsAsync(app));
    }

    [Fact]
    public async Task Subscribe_NightSendingOnActiveSmsConsent_RecordedOnceAsAnEvent()
    {
        await using var app = new SeoulMonitorApplication();
        using var anonymous = app.CreateAnonymousClient();
        using var staff = app.CreateStaffClient();
        await ImportAsync(app, staff, "no", 1);
        var notice = await NoticeAsync(anonymous);

        var (first, _) = await anonymous.PostJsonAsync("/api/subscriptions", Choice(null, Mobile, "Sms", notice));
        var (again, _) = await anonymous.PostJsonAsync("/api/subscriptions", Choice(null, Mobile, "Sms", notice));

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, again.StatusCode));
        var consent = await ConsentAsync(app);
        Assert.Equal((ConsentState.Active, true, app.Time.GetUtcNow()), (consent.State, consent.NightSending, consent.NightSendingConsentedAt));
        var night = Assert.Single(await EventsAsync(app), e => e.Kind == ConsentEventKind.NightSendingGiven);
        Assert.Equal("web-form; night-sending", night.Detail);
    }

    [Fact]
    public async Task Import_NightSendingYesOnActiveSmsConsent_RecordedAsAnEvent()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        await ImportAsync(app, staff, "no", 1);

        var run = await ImportAsync(app, staff, "yes", 1);
        var repeat = await ImportAsync(app, staff, "yes", 1);

        Assert.Equal((1, 0), (run.GetProperty("consentsRecorded").GetInt32(), run.GetProperty("consentsUnchanged").GetInt32()));
        Assert.Equal((0, 1), (repeat.GetProperty("consentsRecorded").GetInt32(), repeat.GetProperty("consentsUnchanged").GetInt32()));
        Assert.True((await ConsentAsync(app)).NightSending);
        var night = Assert.Single(await EventsAsync(app), e => e.Kind == ConsentEventKind.NightSendingGiven);
        Assert.StartsWith("import:", night.Actor, StringComparison.Ordinal);
    }

    private static object Choice(string? email, string? mobile, string channel, Guid notice) => new
    {
        email,
        mobile,
        lists = new[] { new { list = "seoul-sibo", channel, noticeId = notice, agreed = true, nightSending = true } },
    };

    private static async Task<Guid> NoticeAsync(HttpClient client)
    {
        var (_, list) = await client.GetJsonAsync("/api/lists/seoul-sibo");
        return list.GetProperty("notice").GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ImportAsync(SeoulMonitorApplication app, HttpClient staff, string night, int loaded)
    {
        var day = SeoulCalendar.ToSeoul(app.Clock.GetUtcNow()).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = "mobile,lists,channel,consented_at,evidence,night_sending\r\n" + $"010-2345-0009,seoul-sibo,sms,{day},paper-form-9,{night}\r\n";
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var upload = new MultipartFormDataContent { { file, "file", "night.csv" } };
        using var response = await staff.PostAsync(new Uri("/api/imports", UriKind.Relative), upload, Ct);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created && run.GetProperty("rowsLoaded").GetInt32() == loaded, run.ToString());
        return run;
    }

    private static async Task<Consent> ConsentAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<Consent>().AsNoTracking().SingleAsync(c => c.Channel == DeliveryChannel.Sms, Ct);
    }

    private static async Task<List<ConsentEvent>> EventsAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<ConsentEvent>().AsNoTracking().ToListAsync(Ct);
    }
}
