using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Host.Monitors;

/// <summary>
/// The result of a screening decision, without personal data: staff read the applicant's data only through the
/// access-logged GET with a stated purpose.
/// </summary>
public sealed record ApplicationOutcome(Guid Id, ApplicationState State, string StateNameKo, string? StateReason, Guid? MembershipId, DateTimeOffset UpdatedAt)
{
    internal static ApplicationOutcome From(ApplicationView view) =>
        new(view.Id, view.State, view.StateNameKo, view.StateReason, view.MembershipId, view.UpdatedAt);
}
