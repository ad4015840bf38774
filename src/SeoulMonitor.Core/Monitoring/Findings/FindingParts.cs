namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>The rows that belong to a finding, loaded for a view.</summary>
internal sealed record FindingParts(
    IReadOnlyList<Guid> Sources, IReadOnlyList<FindingQuote> Quotes, IReadOnlyList<Guid> Photos, IReadOnlyList<FindingUpdate> Updates);
