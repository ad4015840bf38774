using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Resolution;

/// <summary>The stable refusals of audience resolution (<c>audience.*</c>).</summary>
public static class AudienceErrors
{
    /// <summary>A <c>list:</c> key naming no list.</summary>
    public static DomainError ListUnknown(string key) => DomainError.Validation(
        "audience.list.unknown", "audience", $"There is no list '{Cut(key)}'.", $"'{Cut(key)}' 수신 목록이 없습니다.");

    /// <summary>A <c>segment:</c> key naming no segment.</summary>
    public static DomainError SegmentUnknown { get; } = DomainError.Validation(
        "audience.segment.unknown", "audience", "There is no such segment.", "그런 세그먼트가 없습니다.");

    /// <summary>A key that is not a subscriber audience.</summary>
    public static DomainError NotSubscribers { get; } = DomainError.Validation(
        "audience.kind.invalid", "audience", "Only 'list:' and 'segment:' audiences are resolved here.", "'list:'와 'segment:' 수신 대상만 처리합니다.");

    private static string Cut(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
