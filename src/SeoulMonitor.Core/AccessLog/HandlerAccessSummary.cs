namespace SeoulMonitor.Core.AccessLog;

/// <summary>One handler's accesses in the reviewed month.</summary>
/// <param name="ActorKind">The handler's kind of account.</param>
/// <param name="ActorId">The handler's account.</param>
/// <param name="Accesses">How many accesses were recorded.</param>
/// <param name="Records">How many records they disclosed in total.</param>
/// <param name="ByAction">Accesses per action (only actions that occurred).</param>
public sealed record HandlerAccessSummary(
    string ActorKind,
    string ActorId,
    int Accesses,
    long Records,
    IReadOnlyDictionary<AccessAction, int> ByAction);
