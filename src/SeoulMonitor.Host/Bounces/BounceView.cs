using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Host.Bounces;

/// <summary>One bounce event of a campaign.</summary>
public sealed record BounceView(long Id, long Sequence, string Address, BounceKind Kind, string? Status, string? Diagnostic, DateTimeOffset ReceivedAt)
{
    internal static BounceView From(BounceRecord record) => new(
        record.Id, record.Event.Sequence, record.Event.Address, record.Event.Kind, record.Event.Status, record.Event.Diagnostic, record.Event.ReceivedAt);
}
