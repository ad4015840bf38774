using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Training;

/// <summary>Read-only questions other features ask about training (for example a task's required training).</summary>
internal static class TrainingQueries
{
    /// <summary>
    /// Whether the monitor attended a training session: any session, or one of <paramref name="sessionIds"/>, that
    /// started at or after <paramref name="since"/> when given.
    /// </summary>
    public static async Task<bool> HasAttendedAsync(
        this SeoulMonitorDbContext db, Guid monitorId, IReadOnlyCollection<Guid>? sessionIds = null, DateTimeOffset? since = null,
        CancellationToken cancellationToken = default)
    {
        var query = db.Set<TrainingRegistration>().AsNoTracking()
            .Where(r => r.MonitorId == monitorId && r.State == TrainingRegistrationState.Attended);
        if (sessionIds is not null)
        {
            query = query.Where(r => sessionIds.Contains(r.SessionId));
        }

        if (since is { } from)
        {
            query = query.Where(r => db.Set<TrainingSession>().Any(s => s.Id == r.SessionId && s.StartsAt >= from));
        }

        return await query.AnyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Seats taken (registered or attended) in a session.</summary>
    public static Task<int> SeatsTakenAsync(this SeoulMonitorDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.Set<TrainingRegistration>().CountAsync(
            r => r.SessionId == sessionId && (r.State == TrainingRegistrationState.Registered || r.State == TrainingRegistrationState.Attended),
            cancellationToken);
}
