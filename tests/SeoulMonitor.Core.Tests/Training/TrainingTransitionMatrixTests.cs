using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Training;
using static SeoulMonitor.Core.Tests.Training.TrainingArrange;

namespace SeoulMonitor.Core.Tests.Training;

/// <summary>Every (state, event) pair of the training-session and registration lifecycles (G1).</summary>
public sealed class TrainingTransitionMatrixTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    public static TheoryData<TrainingSessionState, TrainingSessionEvent> SessionPairs => Pairs<TrainingSessionState, TrainingSessionEvent>();

    public static TheoryData<TrainingRegistrationState, TrainingRegistrationEvent> RegistrationPairs =>
        Pairs<TrainingRegistrationState, TrainingRegistrationEvent>();

    [Theory]
    [MemberData(nameof(SessionPairs))]
    public async Task SessionEvent_EveryState_FollowsTheTable(TrainingSessionState state, TrainingSessionEvent evt)
    {
        var host = fixture.Host;
        var session = await host.SessionInStateAsync(state);
        host.AdvanceTo(session.EndsAt.AddMinutes(1));
        var totalBefore = await host.AuditCountAsync();
        var entityBefore = await host.AuditCountAsync(TrainingLifecycle.SessionEntity, session.Id);

        var result = await host.SessionAsync((s, ct) => evt switch
        {
            TrainingSessionEvent.CloseRegistration => s.CloseRegistrationAsync(session.Id, Staff, ct),
            TrainingSessionEvent.Complete => s.CompleteAsync(session.Id, Staff, ct),
            TrainingSessionEvent.Cancel => s.CancelAsync(session.Id, "강사 사정", Staff, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        });

        var stored = (await host.SessionAsync((s, ct) => s.GetAsync(session.Id, ct))).Value;
        if (TrainingLifecycle.Session.Allows(state, evt))
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(TrainingLifecycle.Session.Fire(state, evt).Value, stored.State);
            Assert.Equal(entityBefore + 1, await host.AuditCountAsync(TrainingLifecycle.SessionEntity, session.Id));
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.Equal("training_session.invalid_transition", result.Error.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(totalBefore, await host.AuditCountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(RegistrationPairs))]
    public async Task RegistrationEvent_EveryState_FollowsTheTable(TrainingRegistrationState state, TrainingRegistrationEvent evt)
    {
        var host = fixture.Host;
        var (session, monitor, code) = await host.RegistrationInStateAsync(state);
        var rowId = await host.QueryAsync(db => db.Set<TrainingRegistration>().Where(r => r.SessionId == session.Id && r.MonitorId == monitor)
            .Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));
        var totalBefore = await host.AuditCountAsync();
        var rowBefore = await host.AuditCountAsync(TrainingLifecycle.RegistrationEntity, rowId);

        var result = evt switch
        {
            TrainingRegistrationEvent.Register => Code(await host.RegistrationAsync<RegistrationReceipt>((s, ct) => s.RegisterAsync(session.Id, monitor, ct))),
            TrainingRegistrationEvent.CheckIn => Code(await CheckInAtStartAsync(host, session, monitor, code)),
            TrainingRegistrationEvent.Cancel => Code(await host.RegistrationAsync<TrainingRegistrationView>((s, ct) => s.CancelAsync(session.Id, monitor, Actor.Monitor(monitor), null, ct))),
            TrainingRegistrationEvent.MarkNoShow => Code(await CompleteAfterEndAsync(host, session)),
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        };

        var stored = await host.QueryAsync(db => db.Set<TrainingRegistration>().AsNoTracking().SingleAsync(r => r.Id == rowId, TestContext.Current.CancellationToken));
        if (TrainingLifecycle.Registration.Allows(state, evt))
        {
            Assert.Null(result);
            Assert.Equal(TrainingLifecycle.Registration.Fire(state, evt).Value, stored.State);
            Assert.Equal(rowBefore + 1, await host.AuditCountAsync(TrainingLifecycle.RegistrationEntity, rowId));
        }
        else if (evt == TrainingRegistrationEvent.MarkNoShow)
        {
            // Completing the session leaves a registration the table does not mark as it was, with no record.
            Assert.Equal(state, stored.State);
            Assert.Equal(rowBefore, await host.AuditCountAsync(TrainingLifecycle.RegistrationEntity, rowId));
        }
        else
        {
            // A second use of an attendance code has its own code; every other undeclared pair is an invalid transition.
            var expected = (state, evt) == (TrainingRegistrationState.Attended, TrainingRegistrationEvent.CheckIn)
                ? "training.code_used"
                : "training_registration.invalid_transition";
            Assert.Equal(expected, result);
            Assert.Equal(state, stored.State);
            Assert.Equal(totalBefore, await host.AuditCountAsync());
        }
    }

    private static string? Code<T>(Result<T> result) => result.IsSuccess ? null : result.Error.Code;

    private static TheoryData<TState, TEvent> Pairs<TState, TEvent>()
        where TState : struct, Enum
        where TEvent : struct, Enum
    {
        var data = new TheoryData<TState, TEvent>();
        foreach (var state in Enum.GetValues<TState>())
        {
            foreach (var evt in Enum.GetValues<TEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }
}
