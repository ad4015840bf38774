using System.Net;
using System.Net.Http.Json;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Monitors.MonitorApi;

namespace SeoulMonitor.Host.Tests.Monitors;

public sealed class MeEndpointsTests
{
    [Fact]
    public async Task Me_Monitor_SeesOnlyOwnMembership()
    {
        await using var app = new SeoulMonitorApplication();
        var notice = await PublishNoticeAsync(app);
        var mine = await MemberAsync(app, notice.Id, 1);
        await MemberAsync(app, notice.Id, 2);
        using var monitor = app.CreateMonitorClient(mine);
        using var stranger = app.CreateMonitorClient(Guid.NewGuid());

        var me = await monitor.GetFromJsonAsync<MembershipView>(Url("/api/me"), Json, Ct);
        var none = await stranger.GetAsync(Url("/api/me"), Ct);

        Assert.Equal((mine, "박시민1"), (me!.Id, me.Name));
        Assert.Equal("membership.not_found", await ProblemCodeAsync(none, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task UpdateContact_BadMobile_Returns400AndKeepsData()
    {
        await using var app = new SeoulMonitorApplication();
        var id = await MemberAsync(app, (await PublishNoticeAsync(app)).Id);
        using var monitor = app.CreateMonitorClient(id);

        var bad = await monitor.PatchAsJsonAsync(Url("/api/me/contact"), new ContactChange(null, "016-123-4567", null, null), Json, Ct);
        var moved = await monitor.PatchAsJsonAsync(Url("/api/me/contact"), new ContactChange(null, null, "Gyeonggi", "Goyang-si"), Json, Ct);

        Assert.Equal("membership.mobile.invalid", await ProblemCodeAsync(bad, HttpStatusCode.BadRequest));
        var view = (await moved.Content.ReadFromJsonAsync<MembershipView>(Json, Ct))!;
        Assert.Equal(("01030014001", "41", "고양시"), (view.Mobile, view.ProvinceCode, view.District));
    }

    [Fact]
    public async Task Withdraw_Own_EndsMembershipAndSecondAttemptConflicts()
    {
        await using var app = new SeoulMonitorApplication();
        var id = await MemberAsync(app, (await PublishNoticeAsync(app)).Id);
        using var monitor = app.CreateMonitorClient(id);

        var first = await monitor.PostAsJsonAsync(Url("/api/me/withdraw"), new ReasonRequest("이사"), Json, Ct);
        var second = await monitor.PostAsync(Url("/api/me/withdraw"), null, Ct);

        Assert.Equal(MembershipState.Withdrawn, (await first.Content.ReadFromJsonAsync<MembershipView>(Json, Ct))!.State);
        Assert.Equal("membership.invalid_transition", await ProblemCodeAsync(second, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Renew_BeforeWindow_Returns422RenewalNotOpen()
    {
        await using var app = new SeoulMonitorApplication();
        var id = await MemberAsync(app, (await PublishNoticeAsync(app)).Id);
        using var monitor = app.CreateMonitorClient(id);

        var response = await monitor.PostAsync(Url("/api/me/renew"), null, Ct);

        Assert.Equal("membership.renewal_not_open", await ProblemCodeAsync(response, HttpStatusCode.UnprocessableEntity));
    }
}
