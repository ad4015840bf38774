using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Training;
using static SeoulMonitor.Core.Tests.Training.TrainingArrange;

namespace SeoulMonitor.Core.Tests.Training;

/// <summary>Training behaviour that depends on the store (capacity under races, codes, history), on each provider.</summary>
public abstract class TrainingStoreContract(StorageProvider provider)
{
    [Fact]
    public async Task Register_FiftyRaceForTenSeats_ExactlyTenRegistered()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var session = await host.ScheduleAsync(capacity: 10);
        var monitors = await host.AddMonitorsAsync(50);

        var results = await Task.WhenAll(monitors.Select(m => Task.Run(() =>
            host.RegistrationAsync<RegistrationReceipt>((s, ct) => s.RegisterAsync(session.Id, m, ct)))));

        Assert.Equal(10, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("training.session_full", r.Error!.Code));
        Assert.Equal(10, (await host.SessionAsync((s, ct) => s.GetAsync(session.Id, ct))).Value.SeatsTaken);
        Assert.Equal(10, await host.AuditCountAsync(TrainingLifecycle.RegistrationEntity));
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task CheckIn_Codes_AreSingleUseOwnAndTimeWindowed()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var session = await host.ScheduleAsync();
        var (me, other) = (await host.AddMonitorAsync(), await host.AddMonitorAsync());
        var mine = await host.RegisterAsync(session.Id, me);
        var theirs = await host.RegisterAsync(session.Id, other);
        Task<Result<TrainingRegistrationView>> CheckIn(string? code) =>
            host.RegistrationAsync<TrainingRegistrationView>((s, ct) => s.CheckInAsync(session.Id, me, code, ct));

        host.AdvanceTo(session.StartsAt - TimeSpan.FromMinutes(31));
        var early = await CheckIn(mine.AttendanceCode);
        host.AdvanceTo(session.StartsAt - TimeSpan.FromMinutes(30));
        var wrong = await CheckIn("ZZZZZZZZ");
        var notMine = await CheckIn(theirs.AttendanceCode);
        var empty = await CheckIn("  ");
        var ok = await CheckIn(mine.AttendanceCode.ToLowerInvariant());
        var again = await CheckIn(mine.AttendanceCode);
        host.AdvanceTo(session.EndsAt + TimeSpan.FromMinutes(31));
        var late = await host.RegistrationAsync<TrainingRegistrationView>((s, ct) => s.CheckInAsync(session.Id, other, theirs.AttendanceCode, ct));

        Assert.Equal("training.check_in_not_open", early.Error?.Code);
        Assert.Equal("training.code_invalid", wrong.Error?.Code);
        Assert.Equal("training.code_not_yours", notMine.Error?.Code);
        Assert.Equal("training.code.required", empty.Error?.Code);
        Assert.Equal(TrainingRegistrationState.Attended, ok.Value.State);
        Assert.Equal("training.code_used", again.Error?.Code);
        Assert.Equal("training.check_in_closed", late.Error?.Code);
    }

    [Fact]
    public async Task ReissueCode_OldCodeStopsWorking_NewOneChecksIn()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var session = await host.ScheduleAsync();
        var me = await host.AddMonitorAsync();
        var first = await host.RegisterAsync(session.Id, me);

        var second = (await host.RegistrationAsync<RegistrationReceipt>((s, ct) => s.ReissueCodeAsync(session.Id, me, ct))).Value;
        var old = await CheckInAtStartAsync(host, session, me, first.AttendanceCode);
        var fresh = await CheckInAtStartAsync(host, session, me, second.AttendanceCode);

        Assert.Equal("training.code_invalid", old.Error?.Code);
        Assert.True(fresh.IsSuccess, fresh.Error?.Code);
    }

    [Fact]
    public async Task History_AfterAttendNoShowAndCancel_ShowsOutcomesAndHours()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var me = await host.AddMonitorAsync();
        var attended = await host.ScheduleAsync();
        var skipped = await host.ScheduleAsync();
        var cancelled = await host.ScheduleAsync();
        var code = (await host.RegisterAsync(attended.Id, me)).AttendanceCode;
        await host.RegisterAsync(skipped.Id, me);
        await host.RegisterAsync(cancelled.Id, me);
        await host.SessionAsync((s, ct) => s.CancelAsync(cancelled.Id, "강사 사정", Staff, ct));
        Assert.True((await CheckInAtStartAsync(host, attended, me, code)).IsSuccess);
        await CompleteAfterEndAsync(host, skipped);

        var history = await host.RunAsync<TrainingRegistrationService, TrainingHistory>((s, ct) => s.HistoryAsync(me, ct));
        var hasAttended = await host.QueryAsync(db => db.HasAttendedAsync(me, [attended.Id], cancellationToken: TestContext.Current.CancellationToken));
        var hasAttendedSkipped = await host.QueryAsync(db => db.HasAttendedAsync(me, [skipped.Id], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(
            new Dictionary<Guid, TrainingRegistrationState>
            {
                [attended.Id] = TrainingRegistrationState.Attended,
                [skipped.Id] = TrainingRegistrationState.NoShow,
                [cancelled.Id] = TrainingRegistrationState.Cancelled,
            },
            history.Entries.ToDictionary(e => e.SessionId, e => e.Outcome));
        Assert.Equal(1, history.AttendedSessions);
        Assert.Equal((attended.EndsAt - attended.StartsAt).TotalHours, history.AttendedHours);
        Assert.True(hasAttended);
        Assert.False(hasAttendedSkipped);
    }
}

public sealed class TrainingStoreSqliteTests() : TrainingStoreContract(StorageProvider.Sqlite);

public sealed class TrainingStorePostgresTests() : TrainingStoreContract(StorageProvider.PostgreSql);
