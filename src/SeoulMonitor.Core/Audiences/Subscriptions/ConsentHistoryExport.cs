using SeoulMonitor.Core.Audiences.Lists;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// The evidence export of a subscriber's consents: every history entry in order, the consents' current states, and
/// the full text of every notice version the entries refer to.
/// </summary>
public sealed record ConsentHistoryExport(
    Guid SubscriberId, DateTimeOffset ExportedAt, IReadOnlyList<ConsentView> Consents, IReadOnlyList<ConsentEventView> Events,
    IReadOnlyDictionary<Guid, ListNoticeView> Notices);
