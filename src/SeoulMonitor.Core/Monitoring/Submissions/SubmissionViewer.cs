using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>Who reads submissions: the monitor who wrote them, or staff (whose reads are access-logged with a purpose).</summary>
/// <param name="Actor">The reader.</param>
/// <param name="Purpose">Why staff read (required for staff).</param>
/// <param name="SourceAddress">The client address, when known.</param>
public sealed record SubmissionViewer(Actor Actor, string? Purpose = null, string? SourceAddress = null)
{
    internal bool IsStaff => Actor.Kind == ActorKind.Staff;

    internal bool Owns(FieldSubmission submission) => Actor == Actor.Monitor(submission.MonitorId);
}
