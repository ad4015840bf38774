using System.Globalization;
using System.Net;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Training;

public sealed class TrainingEndpointsTests
{
    [Fact]
    public async Task ScheduleRegisterCheckIn_CodeOnceInWindow_HistoryShowsAttended()
    {
        await using var app = new SeoulMonitorApplication();
        var monitor = await app.AddMonitorAsync();
        using var staff = app.CreateStaffClient();
        using var client = app.CreateMonitorClient(monitor);
        var start = app.Time.GetUtcNow().AddDays(3);

        var (scheduled, session) = await staff.PostJsonAsync("/api/training-sessions", Session(start, capacity: 5));
        var id = session.GetProperty("id").GetString();
        var (registered, receipt) = await client.PostJsonAsync($"/api/training-sessions/{id}/registrations");
        var code = receipt.GetProperty("attendanceCode").GetString();
        var (early, earlyProblem) = await client.PostJsonAsync($"/api/training-sessions/{id}/check-in", new { code });
        app.Time.SetUtcNow(start);
        var (wrong, wrongProblem) = await client.PostJsonAsync($"/api/training-sessions/{id}/check-in", new { code = "AAAAAAAA" });
        var (checkedIn, _) = await client.PostJsonAsync($"/api/training-sessions/{id}/check-in", new { code });
        var (again, againProblem) = await client.PostJsonAsync($"/api/training-sessions/{id}/check-in", new { code });
        var (_, history) = await client.GetJsonAsync("/api/me/training");

        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(8, code!.Length);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "training.check_in_not_open"), (early.StatusCode, earlyProblem.Code()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "training.code_invalid"), (wrong.StatusCode, wrongProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, checkedIn.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "training.code_used"), (again.StatusCode, againProblem.Code()));
        Assert.Equal(1, history.GetProperty("attendedSessions").GetInt32());
        Assert.Equal("Attended", history.GetProperty("entries")[0].GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("capacity", 0, "training.capacity.out_of_range")]
    [InlineData("capacity", -5, "training.capacity.out_of_range")]
    [InlineData("capacity", 100000, "training.capacity.out_of_range")]
    [InlineData("startsAt", "2026-02-30T10:00:00+09:00", "training.starts_at.invalid")]
    [InlineData("startsAt", "2026-03-10T10:00:00", "training.starts_at.invalid")]
    [InlineData("startsAt", "2020-03-10T10:00:00+09:00", "training.starts_at.in_past")]
    [InlineData("endsAt", "2026-03-04T09:00:00+09:00", "training.ends_at.before_start")]
    [InlineData("endsAt", "2026-03-05T10:00:00+09:00", "training.duration.too_long")]
    [InlineData("registrationDeadline", "2026-03-06T10:00:00+09:00", "training.registration_deadline.out_of_range")]
    [InlineData("title", "", "training.title.required")]
    [InlineData("location", "", "training.location.required")]
    public async Task Schedule_BadInput_Returns400WithCodeAndWritesNothing(string field, object value, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var body = Session(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(9)), capacity: 10);
        body[field] = value;

        var (response, problem) = await staff.PostJsonAsync("/api/training-sessions", body);
        var (_, list) = await staff.GetJsonAsync("/api/training-sessions");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, problem.Code());
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Schedule_OversizedTitle_Returns400()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var body = Session(app.Time.GetUtcNow().AddDays(1), capacity: 10);
        body["title"] = new string('t', 101);

        var (response, problem) = await staff.PostJsonAsync("/api/training-sessions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("training.title.length", problem.Code());
    }

    [Fact]
    public async Task Register_FullSession_Returns422SessionFull()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (_, session) = await staff.PostJsonAsync("/api/training-sessions", Session(app.Time.GetUtcNow().AddDays(1), capacity: 1));
        var id = session.GetProperty("id").GetString();
        await app.CreateMonitorClient(await app.AddMonitorAsync()).PostJsonAsync($"/api/training-sessions/{id}/registrations");

        var (response, problem) = await app.CreateMonitorClient(await app.AddMonitorAsync()).PostJsonAsync($"/api/training-sessions/{id}/registrations");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("training.session_full", problem.Code());
    }

    [Fact]
    public async Task Cancel_WithoutReason_Returns400()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (_, session) = await staff.PostJsonAsync("/api/training-sessions", Session(app.Time.GetUtcNow().AddDays(1), capacity: 3));

        var (response, problem) = await staff.PostJsonAsync($"/api/training-sessions/{session.GetProperty("id").GetString()}/cancel", new { reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("training.reason.required", problem.Code());
    }

    private static Dictionary<string, object?> Session(DateTimeOffset start, int capacity) => new()
    {
        ["title"] = "신규 모니터 기본 교육",
        ["description"] = "현장 점검 방법과 안전 수칙",
        ["location"] = "서울시청 8층 다목적홀",
        ["startsAt"] = start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["endsAt"] = start.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["capacity"] = capacity,
        ["registrationDeadline"] = null,
    };
}
