using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitors.MonitorTestKit;

namespace SeoulMonitor.Core.Tests.Monitors;

/// <summary>Applications and memberships in storage: the same guarantees on each provider.</summary>
public abstract class MonitorStoreContract(StorageProvider provider)
{
    [Fact]
    public async Task Submit_ValidForm_StoresNormalisedDataConsentEvidenceAndOnlyTokenHash()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);

        var receipt = await SubmitAsync(host, Form(notice.Id, 7) with { Mobile = "+82 10-2007-1007", Province = "Seoul", District = "gangnam-gu" });

        var stored = await host.WithAsync<SeoulMonitorDbContext, MonitorApplication>(db => db.Set<MonitorApplication>().SingleAsync(Ct));
        Assert.Equal((ApplicationState.Submitted, "01020071007", "person7@example.com", "11", "강남구"),
            (stored.State, stored.Mobile, stored.Email, stored.ProvinceCode, stored.District));
        Assert.Equal((notice.Id, host.Time.GetUtcNow(), "203.0.113.7", "Mozilla/5.0 (test)"),
            (stored.ConsentNoticeId, stored.ConsentedAt, stored.ConsentSourceAddress, stored.ConsentUserAgent));
        Assert.Equal(64, stored.AccessTokenHash.Length);
        Assert.DoesNotContain(receipt.AccessToken, stored.AccessTokenHash, StringComparison.Ordinal);
        Assert.Equal(stored.Id, (await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.GetOwnAsync(stored.Id, receipt.AccessToken, Ct)))).Id);
        Assert.Equal("application.not_found", (await host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.GetOwnAsync(stored.Id, "wrong-token", Ct))).Error?.Code);
        Assert.Equal(2, await AuditCountAsync(host));
    }

    [Fact]
    public async Task Approve_Submitted_CreatesActiveMembershipUntilDecember31WithCopiedData()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);
        var receipt = await SubmitAsync(host, Form(notice.Id));

        var approved = await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ApproveAsync(StaffKim, receipt.Application.Id, Ct)));

        var membership = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.GetAsync(approved.MembershipId!.Value, Ct)));
        Assert.Equal((MembershipState.Active, new DateOnly(2026, 12, 31), receipt.Application.Id), (membership.State, membership.TermEndsOn, membership.ApplicationId));
        Assert.Equal((receipt.Application.Name, receipt.Application.Email, receipt.Application.Mobile, "강남구"),
            (membership.Name, membership.Email, membership.Mobile, membership.District));
        Assert.True(await host.WithAsync<SeoulMonitorDbContext, bool>(db => db.IsActiveAsync(membership.Id, Ct)));
    }

    [Theory]
    [InlineData("mobile")]
    [InlineData("email")]
    [InlineData("identity")]
    public async Task Submit_SamePersonWhileOpenOrMember_RefusedAsDuplicateAndWritesNothing(string sameBy)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);
        var first = Form(notice.Id, 1);
        await SubmitAsync(host, first);
        var other = Form(notice.Id, 2);
        var second = sameBy switch
        {
            "mobile" => other with { Mobile = "010 2001 1001" },
            "email" => other with { Email = "PERSON1@example.com" },
            _ => other with { Name = " " + first.Name![..1] + " " + first.Name[1..], BirthDate = first.BirthDate },
        };
        var audit = await AuditCountAsync(host);

        var result = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(second, Evidence, Ct));

        Assert.Equal("application.duplicate", result.Error?.Code);
        Assert.Equal(1, await CountAsync<MonitorApplication>(host));
        Assert.Equal(audit, await AuditCountAsync(host));
    }

    [Fact]
    public async Task Submit_AfterRejectionOrEndedMembership_SamePersonAccepted()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);
        var first = await SubmitAsync(host, Form(notice.Id));
        await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.RejectAsync(StaffKim, first.Application.Id, "서류 미비", Ct)));
        var second = await SubmitAsync(host, Form(notice.Id));
        var approved = await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ApproveAsync(StaffKim, second.Application.Id, Ct)));
        var duplicate = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(Form(notice.Id), Evidence, Ct));
        await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.WithdrawAsync(Actor.Monitor(approved.MembershipId!.Value), approved.MembershipId.Value, null, Ct)));

        var third = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(Form(notice.Id), Evidence, Ct));

        Assert.Equal("application.duplicate", duplicate.Error?.Code);
        Assert.True(third.IsSuccess, third.Error?.Code);
    }

    [Fact]
    public async Task Submit_ConcurrentSubmissionsOfSamePerson_EndWithOneApplication()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);
        var forms = Enumerable.Range(0, 6).Select(i => Form(notice.Id, 1) with { Email = $"racer{i}@example.com" }).ToList();

        var results = await Task.WhenAll(forms.Select(f => Task.Run(() =>
            host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(f, Evidence, Ct)))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("application.duplicate", r.Error?.Code));
        Assert.Equal(1, await CountAsync<MonitorApplication>(host));
        Assert.Equal(3, await CountAsync<PersonClaim>(host));
        Assert.True((await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(Ct))).IsIntact);
    }

    [Fact]
    public async Task Screening_ReturnResubmitApprove_RecordsEachStepInIntactChain()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);
        var receipt = await SubmitAsync(host, Form(notice.Id));
        var id = receipt.Application.Id;

        await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ReturnForInfoAsync(StaffKim, id, "거주지를 확인해 주세요", Ct)));
        var resubmitted = await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s =>
            s.ResubmitAsync(id, receipt.AccessToken, Form(notice.Id) with { Province = "경기도", District = "수원시" }, Evidence, Ct)));
        await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ApproveAsync(StaffKim, id, Ct)));

        Assert.Equal(("41", "수원시"), (resubmitted.ProvinceCode, resubmitted.District));
        var trail = await AuditOfAsync(host, "application", id);
        Assert.Equal(["Submit", "ReturnForInfo", "Resubmit", "Approve"], trail.Select(e => e.Event));
        Assert.Equal("거주지를 확인해 주세요", trail[1].Reason);
        Assert.True((await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(Ct))).IsIntact);
    }

    [Fact]
    public async Task MembershipTransitions_SuspendReinstateRemove_EachWritesOneAuditRecordWithReason()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);
        var member = await MemberAsync(host, notice.Id);

        var suspended = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.SuspendAsync(StaffKim, member.Id, "활동 보고서 미제출", Ct)));
        var reinstated = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.ReinstateAsync(StaffKim, member.Id, Ct)));
        var removed = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.RemoveAsync(StaffKim, member.Id, "규정 위반", Ct)));
        var again = await host.WithAsync<MembershipService, Result<MembershipView>>(s => s.ReinstateAsync(StaffKim, member.Id, Ct));

        Assert.Equal((MembershipState.Suspended, "활동 보고서 미제출"), (suspended.State, suspended.StateReason));
        Assert.Equal((MembershipState.Active, null), (reinstated.State, reinstated.StateReason));
        Assert.Equal((MembershipState.Removed, "규정 위반"), (removed.State, removed.StateReason));
        Assert.Equal("membership.invalid_transition", again.Error?.Code);
        Assert.Equal(["Suspend", "Reinstate", "Remove"], (await AuditOfAsync(host, "membership", member.Id)).Select(e => e.Event));
        Assert.Equal(0, await CountAsync<PersonClaim>(host));
    }

    [Fact]
    public async Task ExpireTerms_AfterTermEnd_ExpiresActiveAndSuspendedEachWithOwnAuditRecord()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);
        var active = await MemberAsync(host, notice.Id, 1);
        var suspended = await MemberAsync(host, notice.Id, 2);
        var withdrawn = await MemberAsync(host, notice.Id, 3);
        await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.SuspendAsync(StaffKim, suspended.Id, "조사 중", Ct)));
        await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.WithdrawAsync(StaffKim, withdrawn.Id, null, Ct)));
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 14, 59, 0, TimeSpan.Zero));
        var onLastDay = await host.WithAsync<MembershipService, int>(s => s.ExpireTermsAsync(Ct));
        host.Time.Advance(TimeSpan.FromMinutes(1));

        var expired = await host.WithAsync<MembershipService, int>(s => s.ExpireTermsAsync(Ct));
        var rerun = await host.WithAsync<MembershipService, int>(s => s.ExpireTermsAsync(Ct));

        Assert.Equal((0, 2, 0), (onLastDay, expired, rerun));
        foreach (var id in new[] { active.Id, suspended.Id })
        {
            var view = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.GetAsync(id, Ct)));
            Assert.Equal(MembershipState.Expired, view.State);
            var expiry = Assert.Single(await AuditOfAsync(host, "membership", id), e => e.Event == "Expire");
            Assert.Equal(("System", "system"), (expiry.ActorKind, expiry.ActorId));
        }

        Assert.Equal(MembershipState.Withdrawn, (await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.GetAsync(withdrawn.Id, Ct)))).State);
    }

    [Fact]
    public async Task Renew_Expired_StartsNewTermToEndOfRenewalYear()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var notice = await PublishNoticeAsync(host);
        var member = await MemberAsync(host, notice.Id);
        host.Time.SetUtcNow(new DateTimeOffset(2027, 2, 1, 1, 0, 0, TimeSpan.Zero));
        await host.WithAsync<MembershipService, int>(s => s.ExpireTermsAsync(Ct));

        var renewed = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.RenewAsync(Actor.Monitor(member.Id), member.Id, Ct)));

        Assert.Equal((MembershipState.Active, new DateOnly(2027, 12, 31)), (renewed.State, renewed.TermEndsOn));
    }
}

public sealed class MonitorStoreSqliteTests() : MonitorStoreContract(StorageProvider.Sqlite);

public sealed class MonitorStorePostgresTests() : MonitorStoreContract(StorageProvider.PostgreSql);
