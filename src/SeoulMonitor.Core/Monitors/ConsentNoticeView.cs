namespace SeoulMonitor.Core.Monitors;

/// <summary>A consent notice version with its exact text and hash.</summary>
public sealed record ConsentNoticeView(
    Guid Id,
    string Version,
    string Purpose,
    string ItemsCollected,
    string RetentionPeriod,
    string RefusalRight,
    string RefusalConsequence,
    string Text,
    string TextSha256,
    DateTimeOffset PublishedAt,
    DateTimeOffset? SupersededAt)
{
    internal static ConsentNoticeView From(ConsentNotice n) => new(
        n.Id, n.Version, n.Purpose, n.ItemsCollected, n.RetentionPeriod, n.RefusalRight, n.RefusalConsequence,
        ConsentNoticeText.Compose(n.Purpose, n.ItemsCollected, n.RetentionPeriod, n.RefusalRight, n.RefusalConsequence),
        n.TextSha256, n.PublishedAt, n.SupersededAt);
}
