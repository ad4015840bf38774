using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Core.Audiences.Requests;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Monitors.MonitorApi;

namespace SeoulMonitor.Host.Tests.Audiences;

public sealed class UpkeepEndpointsTests
{
    [Fact]
    public async Task MyData_StartThenConfirmExport_Returns202Then200WithTheExport()
    {
        await using var app = new SeoulMonitorApplication();
        var person = await AddSubscriberAsync(app, "citizen@example.com");
        using var anonymous = app.CreateAnonymousClient();

        var started = await anonymous.PostAsJsonAsync(Url("/api/my-data/requests"), new { address = "Citizen@Example.com", kind = "Export" }, Ct);
        var unknown = await anonymous.PostAsJsonAsync(Url("/api/my-data/requests"), new { address = "nobody@example.com", kind = "Export" }, Ct);
        var confirmed = await anonymous.PostAsJsonAsync(Url("/api/my-data/requests/confirm"), new { token = await LastTokenAsync(app) }, Ct);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (started.StatusCode, unknown.StatusCode));
        Assert.Equal(await started.Content.ReadAsStringAsync(Ct), await unknown.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var receipt = (await confirmed.Content.ReadFromJsonAsync<DataRequestReceipt>(Json, Ct))!;
        Assert.Equal((DataSubjectRequestState.Completed, person.PublicId, "citizen@example.com"),
            (receipt.Request.State, receipt.Request.SubscriberPublicId, receipt.Export?.Subscriber.Email));
    }

    [Theory]
    [InlineData("/api/my-data/requests/confirm", """{"token":"forged.token"}""", "data_request.token.invalid")]
    [InlineData("/api/my-data/requests", """{"address":"not an address","kind":"Export"}""", "data_request.address.invalid")]
    [InlineData("/api/my-data/requests", """{"address":"010-1111-2222","kind":"Everything"}""", "data_request.kind.unknown")]
    public async Task MyData_BadInput_Returns400WithStableCodeAndWritesNothing(string url, string body, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var anonymous = app.CreateAnonymousClient();

        var response = await anonymous.PostAsync(Url(url), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(code, await ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(0, await CountAsync<DataSubjectRequest>(app));
    }

    [Fact]
    public async Task DataRequests_RegisterListAndExport_ExportIsAccessLoggedAndNeedsPurpose()
    {
        await using var app = new SeoulMonitorApplication();
        var person = await AddSubscriberAsync(app, "paper@example.com", withConsent: true);
        using var staff = app.CreateStaffClient();

        var created = await staff.PostAsJsonAsync(Url("/api/data-requests"), new { kind = "Export", subscriberId = person.PublicId }, Ct);
        var request = (await created.Content.ReadFromJsonAsync<DataRequestView>(Json, Ct))!;
        app.Time.Advance(TimeSpan.FromDays(11));
        var open = await staff.GetFromJsonAsync<List<DataRequestView>>(Url("/api/data-requests"), Json, Ct);
        var noPurpose = await staff.GetAsync(Url($"/api/data-requests/{request.Id}/export"), Ct);
        var export = await staff.GetAsync(Url($"/api/data-requests/{request.Id}/export?purpose=열람 요구 처리"), Ct);
        var completed = await staff.PostAsJsonAsync(Url($"/api/data-requests/{request.Id}/complete"), new { note = "우편 발송" }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(Assert.Single(open!).Overdue);
        Assert.Equal("access.purpose_required", await ProblemCodeAsync(noPurpose, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var access = Assert.Single(await AllAsync<PersonalDataAccess>(app));
        Assert.Equal(("subscriber", person.PublicId.ToString("D"), AccessAction.View), (access.SubjectType, access.SubjectId, access.Action));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Empty((await staff.GetFromJsonAsync<List<DataRequestView>>(Url("/api/data-requests"), Json, Ct))!);
    }

    [Fact]
    public async Task DataRequests_RefuseWithoutReasonOrUnknown_ReturnsProblems()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var unknown = await staff.PostAsJsonAsync(Url($"/api/data-requests/{Guid.NewGuid()}/refuse"), new { reason = "보존 의무" }, Ct);
        var noSubject = await staff.PostAsJsonAsync(Url("/api/data-requests"), new { kind = "Erasure" }, Ct);

        Assert.Equal("data_request.not_found", await ProblemCodeAsync(unknown, HttpStatusCode.NotFound));
        Assert.Equal("data_request.subject.required", await ProblemCodeAsync(noSubject, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Maintenance_Run_DestroysSubscriberWithoutConsentAndListsAnonymousRecords()
    {
        await using var app = new SeoulMonitorApplication();
        await AddSubscriberAsync(app, "bare@example.com");
        using var staff = app.CreateStaffClient();
        app.Time.Advance(TimeSpan.FromHours(2)); // inside the grace, before the 03:00 daily run

        var run = await staff.PostAsync(Url("/api/audiences/maintenance/run"), null, Ct);
        app.Time.Advance(MaintenanceLimits.NoConsentGrace);
        var again = await staff.PostAsync(Url("/api/audiences/maintenance/run"), null, Ct);
        var records = await staff.GetFromJsonAsync<List<DestructionRecord>>(Url("/api/audiences/destruction-records"), Json, Ct);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(0, (await run.Content.ReadFromJsonAsync<MaintenanceRun>(Json, Ct))!.SubscribersDestroyed);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((DestructionReasons.NoConsent, 1), (Assert.Single(records!).Reason, records![0].Count));
        Assert.Equal(0, await CountAsync<Subscriber>(app));
    }

    [Fact]
    public async Task Worker_ClockPassesThreeSeoul_RunsTheUpkeepByItself()
    {
        await using var app = new SeoulMonitorApplication();
        await AddSubscriberAsync(app, "bare@example.com");
        using var staff = app.CreateStaffClient();

        app.Time.Advance(TimeSpan.FromDays(2));
        for (var i = 0; i < 100 && await CountAsync<Subscriber>(app) > 0; i++)
        {
            await Task.Delay(50, Ct);
        }

        Assert.Equal(0, await CountAsync<Subscriber>(app));
    }

    [Fact]
    public void UntilNextRun_BeforeAndAfterThreeSeoul_WaitsForTheNextThreeOClock()
    {
        var kst = TimeSpan.FromHours(9);
        Assert.Equal(TimeSpan.FromHours(1), SeoulMonitor.Host.Audiences.MaintenanceWorker.UntilNextRun(new DateTimeOffset(2026, 3, 2, 2, 0, 0, kst)));
        Assert.Equal(TimeSpan.FromHours(23), SeoulMonitor.Host.Audiences.MaintenanceWorker.UntilNextRun(new DateTimeOffset(2026, 3, 2, 4, 0, 0, kst)));
    }

    private static async Task<Subscriber> AddSubscriberAsync(SeoulMonitorApplication app, string email, bool withConsent = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = app.Time.GetUtcNow();
        var subscriber = new Subscriber { PublicId = Guid.NewGuid(), Email = email, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid() };
        db.Add(subscriber);
        await db.SaveChangesAsync(Ct);
        if (withConsent)
        {
            var list = new SeoulMonitor.Core.Audiences.Lists.MailingList
            {
                Id = Guid.NewGuid(), Key = "fire-11-jongno", NameKo = "종로소방서 재난 예방 안내", NameEn = "Jongno fire station notices",
                Kind = SeoulMonitor.Core.Audiences.Lists.ListKind.DisasterNotice, Regime = SeoulMonitor.Core.Audiences.Lists.ConsentRegime.Informational, CreatedAt = now,
            };
            var notice = new ListConsentNotice { Id = Guid.NewGuid(), ListId = list.Id, Version = 1, Purpose = "재난 안내", Items = "이메일", Retention = "철회 시까지", RightToRefuse = "거부 가능", Consequence = "안내 미수신", PublishedAt = now };
            db.AddRange(list, notice);
            db.Add(new Consent
            {
                SubscriberId = subscriber.Id, ListId = list.Id, Channel = SeoulMonitor.Mailing.Campaigns.DeliveryChannel.Email, State = ConsentState.Active,
                NoticeId = notice.Id, Source = ConsentSource.Staff, GivenAt = now, ConfirmedAt = now, LastAffirmedAt = now, Version = Guid.NewGuid(),
            });
            await db.SaveChangesAsync(Ct);
        }

        return subscriber;
    }

    private static async Task<string> LastTokenAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var notice = await db.Set<OutboxMessage>().AsNoTracking().OrderBy(n => n.Id).LastAsync(Ct);
        return Uri.UnescapeDataString(notice.TextBody.Split("?token=")[1].Split('\n')[0].Trim());
    }
}
