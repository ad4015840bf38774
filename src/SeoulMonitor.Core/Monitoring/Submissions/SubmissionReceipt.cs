namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The immediate answer to a phone's post: what was stored, and whether this post was a replay of it.</summary>
/// <param name="Id">The submission's id.</param>
/// <param name="ClientId">The client-generated id.</param>
/// <param name="State">Its review state now.</param>
/// <param name="StateKo">The state in Korean.</param>
/// <param name="ReceivedAt">When the server first received it.</param>
/// <param name="Revision">1, or more for a resubmission.</param>
/// <param name="Replayed">Whether this post repeated one already stored (nothing new was written).</param>
public sealed record SubmissionReceipt(Guid Id, Guid ClientId, SubmissionState State, string StateKo, DateTimeOffset ReceivedAt, int Revision, bool Replayed)
{
    internal static SubmissionReceipt From(FieldSubmission s, bool replayed) =>
        new(s.Id, s.ClientId, s.State, Common.StatusNames.Korean(s.State), s.ReceivedAt, s.Revision, replayed);
}
