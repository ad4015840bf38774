namespace SeoulMonitor.Core.Audit;

/// <summary>The outcome of walking the audit chain.</summary>
/// <param name="IsIntact">Whether every entry and the head check out.</param>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="FirstBrokenSequence">The first sequence number at which the chain breaks, if any.</param>
/// <param name="Problem">What was found there, in English.</param>
public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string? Problem);
