using System.Globalization;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Training;

namespace SeoulMonitor.Core.Tests.Training;

/// <summary>Brings sessions and registrations into given states through the services.</summary>
internal static class TrainingArrange
{
    public static readonly Actor Staff = Actor.Staff("staff-lee");

    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A request for a session starting <paramref name="startsIn"/> from now, lasting two hours.</summary>
    public static ScheduleSessionRequest Request(CoreTestHost host, int capacity = 10, TimeSpan? startsIn = null)
    {
        var start = host.Time.GetUtcNow() + (startsIn ?? TimeSpan.FromDays(1));
        return new ScheduleSessionRequest("신규 모니터 기본 교육", "현장 점검 방법", "서울시청 8층", Iso(start), Iso(start.AddHours(2)), capacity, null);
    }

    public static async Task<TrainingSessionView> ScheduleAsync(this CoreTestHost host, int capacity = 10)
    {
        var result = await host.RunAsync<TrainingService, Result<TrainingSessionView>>((s, ct) => s.ScheduleAsync(Request(host, capacity), Staff, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static Task<Result<TrainingSessionView>> SessionAsync(
        this CoreTestHost host, Func<TrainingService, CancellationToken, Task<Result<TrainingSessionView>>> work) => host.RunAsync(work);

    public static Task<Result<T>> RegistrationAsync<T>(
        this CoreTestHost host, Func<TrainingRegistrationService, CancellationToken, Task<Result<T>>> work) => host.RunAsync(work);

    public static async Task<RegistrationReceipt> RegisterAsync(this CoreTestHost host, Guid sessionId, Guid monitor)
    {
        var result = await host.RegistrationAsync<RegistrationReceipt>((s, ct) => s.RegisterAsync(sessionId, monitor, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    /// <summary>Moves the clock forward to <paramref name="instant"/> (never back).</summary>
    public static void AdvanceTo(this CoreTestHost host, DateTimeOffset instant)
    {
        if (instant > host.Time.GetUtcNow())
        {
            host.Time.SetUtcNow(instant);
        }
    }

    public static async Task<TrainingSessionView> SessionInStateAsync(this CoreTestHost host, TrainingSessionState state)
    {
        var session = await host.ScheduleAsync();
        Result<TrainingSessionView> result = session;
        switch (state)
        {
            case TrainingSessionState.RegistrationClosed:
                result = await host.SessionAsync((s, ct) => s.CloseRegistrationAsync(session.Id, Staff, ct));
                break;
            case TrainingSessionState.Completed:
                host.AdvanceTo(session.EndsAt);
                result = await host.SessionAsync((s, ct) => s.CompleteAsync(session.Id, Staff, ct));
                break;
            case TrainingSessionState.Cancelled:
                result = await host.SessionAsync((s, ct) => s.CancelAsync(session.Id, "강사 사정", Staff, ct));
                break;
        }

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(state, result.Value.State);
        return result.Value;
    }

    /// <summary>A scheduled session and one monitor whose registration is in <paramref name="state"/>.</summary>
    public static async Task<(TrainingSessionView Session, Guid Monitor, string Code)> RegistrationInStateAsync(
        this CoreTestHost host, TrainingRegistrationState state)
    {
        var session = await host.ScheduleAsync();
        var monitor = await host.AddMonitorAsync();
        var receipt = await host.RegisterAsync(session.Id, monitor);
        var result = state switch
        {
            TrainingRegistrationState.Attended => await CheckInAtStartAsync(host, session, monitor, receipt.AttendanceCode),
            TrainingRegistrationState.Cancelled => await host.RegistrationAsync<TrainingRegistrationView>((s, ct) => s.CancelAsync(session.Id, monitor, Actor.Monitor(monitor), null, ct)),
            TrainingRegistrationState.NoShow => await CompleteAfterEndAsync(host, session),
            _ => receipt.Registration,
        };
        Assert.True(result.IsSuccess, result.Error?.Code);
        return (session, monitor, receipt.AttendanceCode);
    }

    public static Task<Result<TrainingRegistrationView>> CheckInAtStartAsync(CoreTestHost host, TrainingSessionView session, Guid monitor, string code)
    {
        host.AdvanceTo(session.StartsAt);
        return host.RegistrationAsync<TrainingRegistrationView>((s, ct) => s.CheckInAsync(session.Id, monitor, code, ct));
    }

    public static async Task<Result<TrainingRegistrationView>> CompleteAfterEndAsync(CoreTestHost host, TrainingSessionView session)
    {
        host.AdvanceTo(session.EndsAt.AddHours(1));
        var completed = await host.SessionAsync((s, ct) => s.CompleteAsync(session.Id, Staff, ct));
        return completed.IsSuccess ? Result<TrainingRegistrationView>.Success(null!) : completed.Error;
    }
}
