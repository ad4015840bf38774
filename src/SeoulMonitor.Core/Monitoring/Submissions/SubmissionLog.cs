using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Diagnostics;

/// <summary>The log messages of field submissions and review (EventIds 1200–1249; kept beside the feature to spare <c>Log.cs</c> merge conflicts).</summary>
internal static partial class Log
{
    [LoggerMessage(1200, LogLevel.Information, "Submission {SubmissionId} received for task {TaskId} (revision {Revision}, {Photos} photo(s)).")]
    public static partial void SubmissionReceived(this ILogger logger, Guid submissionId, Guid taskId, int revision, int photos);

    [LoggerMessage(1201, LogLevel.Debug, "Submission {SubmissionId} replayed (client id reused with the same payload); nothing written.")]
    public static partial void SubmissionReplayed(this ILogger logger, Guid submissionId);

    [LoggerMessage(1202, LogLevel.Warning, "A client id was reused for a different submission payload or monitor (stored submission {SubmissionId}).")]
    public static partial void SubmissionClientIdConflict(this ILogger logger, Guid submissionId);

    [LoggerMessage(1203, LogLevel.Information, "{Count} submission(s) approved in bulk by {Actor}.")]
    public static partial void SubmissionsBulkApproved(this ILogger logger, int count, string actor);
}
