using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>A data-subject request as staff and the person see it (no personal data).</summary>
/// <param name="Id">The request.</param>
/// <param name="SubscriberPublicId">The person's subscriber id.</param>
/// <param name="Kind">What was asked.</param>
/// <param name="KindKo">Its Korean name.</param>
/// <param name="State">Received, completed or refused.</param>
/// <param name="StateKo">Its Korean name.</param>
/// <param name="ReceivedAt">When received (UTC).</param>
/// <param name="DueAt">The deadline (received + 10 days).</param>
/// <param name="AnsweredAt">When answered.</param>
/// <param name="Outcome">What was done, or why refused.</param>
/// <param name="Overdue">Whether it is still open after its deadline.</param>
public sealed record DataRequestView(
    Guid Id, Guid SubscriberPublicId, DataSubjectRequestKind Kind, string KindKo, DataSubjectRequestState State, string StateKo,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? AnsweredAt, string? Outcome, bool Overdue)
{
    /// <summary>The view of a request at <paramref name="now"/>.</summary>
    public static DataRequestView From(DataSubjectRequest r, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.SubscriberPublicId, r.Kind, StatusNames.Korean(r.Kind), r.State, StatusNames.Korean(r.State),
            r.ReceivedAt, r.DueAt, r.AnsweredAt, r.Outcome, r.State == DataSubjectRequestState.Received && now > r.DueAt);
    }
}
