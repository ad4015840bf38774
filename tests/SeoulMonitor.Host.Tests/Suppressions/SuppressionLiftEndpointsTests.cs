using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Suppressions;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Tests.Suppressions;

public sealed class SuppressionLiftEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lift_BadRequests_ProblemsWithCodesAndNothingWritten()
    {
        await using var app = new SeoulMonitorApplication(settings: new Dictionary<string, string> { ["SuppressionSync:Enabled"] = "false" });
        using var staff = app.CreateStaffClient();
        using var department = app.CreateDepartmentClient();
        using var anonymous = app.CreateAnonymousClient();
        var ledger = app.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.InitializeAsync(Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "angry@example.net", "Complaint: abuse (campaign x). (스팸 신고)", app.Time.GetUtcNow(), Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "gone@example.net", "Hard bounce 5.1.1", app.Time.GetUtcNow(), Ct);
        await app.Services.GetRequiredService<SuppressionSync>().SweepOnceAsync(Ct);
        var ids = await IdsAsync(app);

        var cases = new (HttpClient Client, string Url, object? Body, HttpStatusCode Status, string? Code)[]
        {
            (staff, "/api/suppressions/999999/lift", new { reason = "why" }, HttpStatusCode.NotFound, "suppression.not_found"),
            (staff, $"/api/suppressions/{ids["gone@example.net"]}/lift", new { }, HttpStatusCode.BadRequest, "suppression.lift.reason_required"),
            (staff, $"/api/suppressions/{ids["gone@example.net"]}/lift", new { reason = " " }, HttpStatusCode.BadRequest, "suppression.lift.reason_required"),
            (staff, $"/api/suppressions/{ids["gone@example.net"]}/lift", new { reason = new string('x', 501) }, HttpStatusCode.BadRequest, "suppression.lift.reason_required"),
            (staff, $"/api/suppressions/{ids["angry@example.net"]}/lift", new { reason = "they called" }, HttpStatusCode.UnprocessableEntity, "suppression.lift.consent_required"),
            (department, $"/api/suppressions/{ids["gone@example.net"]}/lift", new { reason = "why" }, HttpStatusCode.Forbidden, null),
            (anonymous, $"/api/suppressions/{ids["gone@example.net"]}/lift", new { reason = "why" }, HttpStatusCode.Unauthorized, null),
        };

        foreach (var (client, url, body, status, code) in cases)
        {
            var (response, problem) = await client.PostJsonAsync(url, body);
            Assert.True(response.StatusCode == status, $"{url} {code}: {(int)response.StatusCode}");
            if (code is not null)
            {
                Assert.Equal(code, problem.Code());
            }
        }

        Assert.Equal(2, (await IdsAsync(app)).Count);
        Assert.Equal(2, (await ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct)).Count);
        Assert.Equal(0, await CountAsync<SuppressionLift>(app));
    }

    [Fact]
    public async Task Lookup_BadOrUnknown_ProblemsAndNoAccessLogged_KnownIsLogged()
    {
        await using var app = new SeoulMonitorApplication(settings: new Dictionary<string, string> { ["SuppressionSync:Enabled"] = "false" });
        using var staff = app.CreateStaffClient();
        using var monitor = app.CreateMonitorClient(Guid.NewGuid());
        var ledger = app.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.InitializeAsync(Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "gone@example.net", "550 5.1.1 user unknown", app.Time.GetUtcNow(), Ct);

        var cases = new (HttpClient Client, string Query, HttpStatusCode Status, string? Code)[]
        {
            (staff, "channel=Email&address=gone@example.net", HttpStatusCode.BadRequest, "access.purpose_required"),
            (staff, "channel=Fax&address=gone@example.net&purpose=x", HttpStatusCode.BadRequest, "suppression.channel.invalid"),
            (staff, "address=gone@example.net&purpose=x", HttpStatusCode.BadRequest, "suppression.channel.invalid"),
            (staff, "channel=Email&address=not-an-address&purpose=x", HttpStatusCode.BadRequest, "subscriber.email.invalid"),
            (staff, "channel=Sms&address=12&purpose=x", HttpStatusCode.BadRequest, "subscriber.mobile.invalid"),
            (staff, "channel=Email&address=nobody@example.net&purpose=x", HttpStatusCode.NotFound, "suppression.address.unknown"),
            (monitor, "channel=Email&address=gone@example.net&purpose=x", HttpStatusCode.Forbidden, null),
        };

        foreach (var (client, query, status, code) in cases)
        {
            var (response, problem) = await client.GetJsonAsync($"/api/suppressions/lookup?{query}");
            Assert.True(response.StatusCode == status, $"{query}: {(int)response.StatusCode}");
            if (code is not null)
            {
                Assert.Equal(code, problem.Code());
            }
        }

        Assert.Equal(0, await CountAsync<PersonalDataAccess>(app));
        var (found, view) = await staff.GetJsonAsync("/api/suppressions/lookup?channel=email&address=GONE@example.net&purpose=문의 확인");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(("gone@example.net", false), (view.GetProperty("engine").GetProperty("addressKey").GetString(), view.GetProperty("agree").GetBoolean()));
        Assert.Equal(1, await CountAsync<PersonalDataAccess>(app));
    }

    private static async Task<Dictionary<string, long>> IdsAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<SuppressionEntry>().ToDictionaryAsync(e => e.Address!, e => e.Id, Ct);
    }

    private static async Task<int> CountAsync<T>(SeoulMonitorApplication app)
        where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<T>().CountAsync(Ct);
    }
}
