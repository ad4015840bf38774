using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>The log messages of recruitment and selection (EventIds 1150–1199).</summary>
internal static partial class RecruitmentLog
{
    [LoggerMessage(1150, LogLevel.Debug, "Task {TaskId}: application {Sequence} by {MonitorId} is {State}.")]
    public static partial void Applied(this ILogger logger, Guid taskId, long sequence, Guid monitorId, ParticipationState state);

    [LoggerMessage(1151, LogLevel.Information, "Task {TaskId}: lottery drawn with seed {Seed} over {Applicants} applicant(s); {Selected} selected, {Waitlisted} waitlisted.")]
    public static partial void LotteryDrawn(this ILogger logger, Guid taskId, long seed, int applicants, int selected, int waitlisted);

    [LoggerMessage(1152, LogLevel.Information, "Task {TaskId}: participation {ParticipationId} promoted from the waitlist.")]
    public static partial void Promoted(this ILogger logger, Guid taskId, Guid participationId);

    [LoggerMessage(1153, LogLevel.Warning, "Recruitment unit of work hit a transient storage conflict (attempt {Attempt}); running it again.")]
    public static partial void TransientConflict(this ILogger logger, int attempt, Exception exception);

    [LoggerMessage(1154, LogLevel.Information, "Task {TaskId}: {Count} waiting application(s) not selected at the close of fieldwork.")]
    public static partial void RemainingDeclined(this ILogger logger, Guid taskId, int count);

    [LoggerMessage(1155, LogLevel.Information, "Task {TaskId}: {Count} participant(s) read by {Actor}.")]
    public static partial void ParticipantsRead(this ILogger logger, Guid taskId, int count, string actor);
}
