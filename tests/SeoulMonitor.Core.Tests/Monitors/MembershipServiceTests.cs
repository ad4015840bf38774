using System.Text;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitors.MonitorTestKit;

namespace SeoulMonitor.Core.Tests.Monitors;

/// <summary>Membership rules beyond the transition table (SQLite).</summary>
public sealed class MembershipServiceTests
{
    [Theory]
    [InlineData(2026, 11, 1, "membership.renewal_not_open")]
    [InlineData(2026, 11, 2, null)]
    [InlineData(2026, 12, 31, null)]
    public async Task Renew_Active_AllowedOnlyInLastSixtyDaysOfTerm(int year, int month, int day, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var member = await MemberAsync(host, (await PublishNoticeAsync(host)).Id);
        host.Time.SetUtcNow(SeoulCalendar.StartOf(new DateOnly(year, month, day)).AddHours(10));
        var audit = await AuditCountAsync(host);

        var result = await host.WithAsync<MembershipService, Result<MembershipView>>(s => s.RenewAsync(Actor.Monitor(member.Id), member.Id, Ct));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(audit + (code is null ? 1 : 0), await AuditCountAsync(host));
        var now = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.GetAsync(member.Id, Ct)));
        Assert.Equal(code is null ? new DateOnly(2027, 12, 31) : new DateOnly(2026, 12, 31), now.TermEndsOn);
    }

    [Fact]
    public async Task Renew_ResidenceNoLongerExists_RefusedWithEligibilityRegion()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, start: new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero));
        var receipt = await SubmitAsync(host, Form((await PublishNoticeAsync(host)).Id, province: "Incheon", district: "Dong-gu"));
        var approved = await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ApproveAsync(StaffKim, receipt.Application.Id, Ct)));
        var id = approved.MembershipId!.Value;
        host.Time.SetUtcNow(new DateTimeOffset(2027, 1, 5, 1, 0, 0, TimeSpan.Zero));
        await host.WithAsync<MembershipService, int>(s => s.ExpireTermsAsync(Ct));

        var refused = await host.WithAsync<MembershipService, Result<MembershipView>>(s => s.RenewAsync(Actor.Monitor(id), id, Ct));
        await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.UpdateContactAsync(Actor.Monitor(id), id, new ContactChange(null, null, "인천광역시", "제물포구"), Ct)));
        var renewed = await host.WithAsync<MembershipService, Result<MembershipView>>(s => s.RenewAsync(Actor.Monitor(id), id, Ct));

        Assert.Equal("eligibility.region", refused.Error?.Code);
        Assert.Equal((MembershipState.Active, "제물포구"), (renewed.Value.State, renewed.Value.District));
    }

    [Fact]
    public async Task Expire_BeforeTermEnds_RefusedWithTermNotEnded()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var member = await MemberAsync(host, (await PublishNoticeAsync(host)).Id);

        var result = await host.WithAsync<MembershipService, Result<MembershipView>>(s => s.ExpireAsync(Actor.System, member.Id, Ct));

        Assert.Equal("membership.term_not_ended", result.Error?.Code);
    }

    [Fact]
    public async Task UpdateContact_ValidChange_NormalisedAndDuplicatesRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var noticeId = (await PublishNoticeAsync(host)).Id;
        var first = await MemberAsync(host, noticeId, 1);
        var second = await MemberAsync(host, noticeId, 2);

        var changed = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s =>
            s.UpdateContactAsync(Actor.Monitor(first.Id), first.Id, new ContactChange("New@Mail.Example.KR", "+82 10 9876 5432", null, null), Ct)));
        var taken = await host.WithAsync<MembershipService, Result<MembershipView>>(s =>
            s.UpdateContactAsync(Actor.Monitor(second.Id), second.Id, new ContactChange(null, "010-9876-5432", null, null), Ct));

        Assert.Equal(("New@mail.example.kr", "01098765432"), (changed.Email, changed.Mobile));
        Assert.Equal("membership.contact_in_use", taken.Error?.Code);
    }

    [Theory]
    [InlineData("bad-mail", null, null, null, "membership.email.invalid")]
    [InlineData(null, "011-123-4567", null, null, "membership.mobile.invalid")]
    [InlineData(null, null, "서울특별시", "수원시", "membership.district.unknown")]
    [InlineData(null, null, null, "강남구", "membership.province.required")]
    public async Task UpdateContact_BadInput_RefusedAndUnchanged(string? email, string? mobile, string? province, string? district, string code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var member = await MemberAsync(host, (await PublishNoticeAsync(host)).Id);

        var result = await host.WithAsync<MembershipService, Result<MembershipView>>(s =>
            s.UpdateContactAsync(Actor.Monitor(member.Id), member.Id, new ContactChange(email, mobile, province, district), Ct));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(member, await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.GetAsync(member.Id, Ct))));
    }

    [Fact]
    public async Task Export_KoreanText_Utf8WithBomAndEscaped()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var noticeId = (await PublishNoticeAsync(host)).Id;
        await SubmitAndApproveAsync(host, Form(noticeId, 1) with { Name = "=HYPERLINK(\"x\")" });
        await MemberAsync(host, noticeId, 2);

        var rows = await Succeeds(host.WithAsync<MembershipService, Result<IReadOnlyList<MembershipView>>>(s => s.ExportAsync(null, Ct)));
        var bytes = MembershipCsv.ToUtf8WithBom(rows);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(3, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("김시민2", text, StringComparison.Ordinal);
        Assert.Contains("활동 중", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", text, StringComparison.Ordinal);
    }

    private static async Task SubmitAndApproveAsync(CoreTestHost host, ApplicationForm form)
    {
        var receipt = await SubmitAsync(host, form);
        await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ApproveAsync(StaffKim, receipt.Application.Id, Ct)));
    }
}
