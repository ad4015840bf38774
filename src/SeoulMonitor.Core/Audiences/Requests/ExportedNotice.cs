namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>The consent notice version a person saw (purpose, items, retention, right to refuse, consequence).</summary>
public sealed record ExportedNotice(
    Guid Id, int Version, string Purpose, string Items, string Retention, string RightToRefuse, string Consequence, DateTimeOffset PublishedAt);
