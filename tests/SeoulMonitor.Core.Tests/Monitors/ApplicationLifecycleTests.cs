using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitors.MonitorTestKit;

namespace SeoulMonitor.Core.Tests.Monitors;

/// <summary>Every (state, event) pair of the application lifecycle, on SQLite.</summary>
public sealed class ApplicationLifecycleTests
{
    public static TheoryData<ApplicationState, ApplicationEvent> AllPairs()
    {
        var data = new TheoryData<ApplicationState, ApplicationEvent>();
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            foreach (var evt in Enum.GetValues<ApplicationEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public async Task Fire_EveryStateAndEvent_AllowedWritesOneAuditRecordOthersRefusedAndWriteNothing(ApplicationState state, ApplicationEvent evt)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (receipt, form) = await ApplicationInStateAsync(host, state);
        var id = receipt.Application.Id;
        var before = await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.GetAsync(id, Ct)));
        var auditBefore = await AuditCountAsync(host);
        var membershipsBefore = await CountAsync<Membership>(host);

        var result = await host.WithAsync<ApplicationService, Result<ApplicationView>>(s => evt switch
        {
            ApplicationEvent.Approve => s.ApproveAsync(StaffKim, id, Ct),
            ApplicationEvent.Reject => s.RejectAsync(StaffKim, id, "자격 요건 미충족", Ct),
            ApplicationEvent.ReturnForInfo => s.ReturnForInfoAsync(StaffKim, id, "거주지 증빙 필요", Ct),
            ApplicationEvent.Resubmit => s.ResubmitAsync(id, receipt.AccessToken, form with { District = "서초구" }, Evidence, Ct),
            ApplicationEvent.Withdraw => s.WithdrawAsync(id, receipt.AccessToken, Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        });

        var after = await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.GetAsync(id, Ct)));
        if (ApplicationLifecycle.Table.Fire(state, evt) is { IsSuccess: true } expected)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(expected.Value, after.State);
            Assert.Equal(auditBefore + 1, await AuditCountAsync(host));
            var last = (await AuditOfAsync(host, "application", id))[^1];
            Assert.Equal(evt.ToString(), last.Event);
            Assert.Equal(state.ToString(), last.FromState);
            Assert.Equal(expected.Value.ToString(), last.ToState);
            Assert.Equal(membershipsBefore + (evt == ApplicationEvent.Approve ? 1 : 0), await CountAsync<Membership>(host));
        }
        else
        {
            Assert.Equal("application.invalid_transition", result.Error?.Code);
            Assert.Equal(before, after);
            Assert.Equal(auditBefore, await AuditCountAsync(host));
            Assert.Equal(membershipsBefore, await CountAsync<Membership>(host));
        }
    }

    [Fact]
    public void Table_EveryStateAndEvent_HasEnglishAndKoreanNames()
    {
        Assert.All(Enum.GetNames<ApplicationState>(), n => Assert.True(StatusNames.HasNames(typeof(ApplicationState), n), n));
        Assert.All(Enum.GetNames<ApplicationEvent>(), n => Assert.True(StatusNames.HasNames(typeof(ApplicationEvent), n), n));
    }

    [Fact]
    public void Table_TerminalStates_AllowNoEvent()
    {
        foreach (var state in new[] { ApplicationState.Approved, ApplicationState.Rejected, ApplicationState.Withdrawn })
        {
            Assert.All(Enum.GetValues<ApplicationEvent>(), e => Assert.False(ApplicationLifecycle.Table.Allows(state, e)));
        }
    }
}
