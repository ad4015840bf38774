using SeoulMonitor.Core.Audiences.Consents;

namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>One version of a list's consent notice (PIPA Art. 15②).</summary>
public sealed record ListNoticeView(
    Guid Id, int Version, string Purpose, string Items, string Retention, string RightToRefuse, string Consequence, DateTimeOffset PublishedAt)
{
    internal static ListNoticeView From(ListConsentNotice n) =>
        new(n.Id, n.Version, n.Purpose, n.Items, n.Retention, n.RightToRefuse, n.Consequence, n.PublishedAt);
}
