namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>One piece of evidence and what the rules in force pay for it now (0 when it no longer counts).</summary>
internal sealed record EvidenceItem(
    string KeyPrefix, StipendEntryKind Kind, Guid SourceId, Guid? MonitorId, Guid? CommunityId, Guid? TaskId, Guid? RuleId, long Amount);
