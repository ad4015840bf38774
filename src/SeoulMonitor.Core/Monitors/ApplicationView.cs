namespace SeoulMonitor.Core.Monitors;

/// <summary>An application as shown to its applicant and to staff.</summary>
public sealed record ApplicationView(
    Guid Id,
    ApplicationState State,
    string StateNameKo,
    string Name,
    DateOnly BirthDate,
    string Email,
    string Mobile,
    string ProvinceCode,
    string District,
    Guid ConsentNoticeId,
    DateTimeOffset ConsentedAt,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    string? StateReason,
    Guid? MembershipId)
{
    internal static ApplicationView From(MonitorApplication a) => new(
        a.Id, a.State, Common.StatusNames.Korean(a.State), a.Name, a.BirthDate, a.Email, a.Mobile, a.ProvinceCode, a.District,
        a.ConsentNoticeId, a.ConsentedAt, a.SubmittedAt, a.UpdatedAt, a.StateReason, a.MembershipId);
}
