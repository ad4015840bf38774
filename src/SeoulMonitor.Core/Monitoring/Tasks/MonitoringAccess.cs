using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>
/// Who may see what in the monitoring feature. Records of another department (or another community) are answered as
/// not found, so that a caller learns nothing about records that are not theirs.
/// </summary>
internal static class MonitoringAccess
{
    /// <summary>Staff (or the system).</summary>
    public static bool IsStaff(Actor actor) => actor.Kind is ActorKind.Staff or ActorKind.System;

    /// <summary>A department officer's department (the actor id is the token's department claim).</summary>
    public static string? DepartmentOf(Actor actor) =>
        actor.Kind == ActorKind.Department && !string.IsNullOrWhiteSpace(actor.Id) ? actor.Id.Trim() : null;

    /// <summary>A monitor's id.</summary>
    public static Guid? MonitorOf(Actor actor) =>
        actor.Kind == ActorKind.Monitor && Guid.TryParse(actor.Id, out var id) ? id : null;

    /// <summary>Whether the actor may read a task: staff; the requesting department; monitors once it left planning.</summary>
    public static bool CanRead(MonitoringTask task, Actor actor) =>
        IsStaff(actor)
        || (DepartmentOf(actor) is { } department && string.Equals(task.Department, department, StringComparison.Ordinal))
        || (MonitorOf(actor) is not null && task.State != MonitoringTaskState.Planned && !task.IsHistorical);
}
