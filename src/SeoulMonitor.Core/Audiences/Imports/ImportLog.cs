using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Diagnostics;

/// <summary>The log messages of staff imports (kept beside the feature to spare <c>Log.cs</c> merge conflicts).</summary>
internal static partial class Log
{
    [LoggerMessage(700, LogLevel.Information, "Import {ImportId} ({FileName}) started by {Actor}: {Rows} row(s).")]
    public static partial void ImportStarted(this ILogger logger, Guid importId, string fileName, string actor, int rows);

    [LoggerMessage(701, LogLevel.Information, "Import {ImportId} completed: {Loaded} loaded, {Rejected} rejected, {Subscribers} new subscriber(s), {Consents} consent(s) recorded.")]
    public static partial void ImportCompleted(this ILogger logger, Guid importId, int loaded, int rejected, int subscribers, int consents);

    [LoggerMessage(702, LogLevel.Warning, "Import {ImportId} failed after {Loaded} loaded row(s): {Reason}")]
    public static partial void ImportFailed(this ILogger logger, Guid importId, int loaded, string reason);
}
