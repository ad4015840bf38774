using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Monitors;

/// <summary>Builds applicants, applications and memberships through the real services.</summary>
internal static class MonitorTestKit
{
    public static readonly Actor StaffKim = Actor.Staff("staff-kim");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ConsentNoticeView> PublishNoticeAsync(CoreTestHost host, string version = "2026-03")
    {
        var result = await host.WithAsync<ConsentNoticeService, Result<ConsentNoticeView>>(s => s.PublishAsync(StaffKim, Draft(version), Ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static ConsentNoticeDraft Draft(string version) => new(
        version, "서울시민모니터 운영(모니터링 과제 안내, 활동 연락)", "이름, 생년월일, 이메일, 휴대전화 번호, 거주 시·군·구",
        "회원 자격 종료 후 1년", "동의를 거부할 수 있습니다.", "동의하지 않으면 모니터로 활동할 수 없습니다.");

    /// <summary>A valid form for person number <paramref name="person"/> (distinct mobile, e-mail and name per person).</summary>
    public static ApplicationForm Form(Guid noticeId, int person = 1, string birthDate = "1990-05-17", string province = "서울특별시", string district = "강남구") => new(
        $"김시민{person.ToString(CultureInfo.InvariantCulture)}",
        birthDate,
        $"person{person.ToString(CultureInfo.InvariantCulture)}@Example.com",
        $"010-{2000 + person:D4}-{1000 + person:D4}",
        province,
        district,
        noticeId.ToString("D"),
        ConsentGiven: true);

    public static ConsentEvidence Evidence { get; } = new("203.0.113.7", "Mozilla/5.0 (test)");

    public static async Task<ApplicationReceipt> SubmitAsync(CoreTestHost host, ApplicationForm form)
    {
        var result = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(form, Evidence, Ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static async Task<T> Succeeds<T>(Task<Result<T>> operation)
    {
        var result = await operation;
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    /// <summary>An application of person 1 driven into <paramref name="state"/>.</summary>
    public static async Task<(ApplicationReceipt Receipt, ApplicationForm Form)> ApplicationInStateAsync(CoreTestHost host, ApplicationState state)
    {
        var notice = await PublishNoticeAsync(host);
        var form = Form(notice.Id);
        var receipt = await SubmitAsync(host, form);
        var id = receipt.Application.Id;
        Task<Result<ApplicationView>>? drive = state switch
        {
            ApplicationState.Submitted => null,
            ApplicationState.Approved => host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ApproveAsync(StaffKim, id, Ct)),
            ApplicationState.Rejected => host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.RejectAsync(StaffKim, id, "서류 미비", Ct)),
            ApplicationState.ReturnedForInfo => host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ReturnForInfoAsync(StaffKim, id, "주소 확인 필요", Ct)),
            ApplicationState.Withdrawn => host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.WithdrawAsync(id, receipt.AccessToken, Ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        if (drive is not null)
        {
            await Succeeds(drive);
        }

        return (receipt, form);
    }

    /// <summary>An approved monitor (person <paramref name="person"/>); returns the membership.</summary>
    public static async Task<MembershipView> MemberAsync(CoreTestHost host, Guid noticeId, int person = 1, string district = "강남구")
    {
        var receipt = await SubmitAsync(host, Form(noticeId, person, district: district));
        var approved = await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ApproveAsync(StaffKim, receipt.Application.Id, Ct)));
        return await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.GetAsync(approved.MembershipId!.Value, Ct)));
    }

    public static Task<int> CountAsync<T>(CoreTestHost host)
        where T : class =>
        host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<T>().CountAsync(Ct));

    public static Task<int> AuditCountAsync(CoreTestHost host) => CountAsync<AuditEntry>(host);

    public static Task<IReadOnlyList<AuditEntry>> AuditOfAsync(CoreTestHost host, string entity, Guid id) =>
        host.WithAsync<AuditTrail, IReadOnlyList<AuditEntry>>(a => a.ReadAsync(entity, id.ToString("D"), 0, 100, Ct));
}
