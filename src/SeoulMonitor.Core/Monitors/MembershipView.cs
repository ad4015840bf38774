namespace SeoulMonitor.Core.Monitors;

/// <summary>A membership with the monitor's personal data, as shown to the monitor and to staff.</summary>
public sealed record MembershipView(
    Guid Id,
    Guid ApplicationId,
    MembershipState State,
    string StateNameKo,
    DateOnly TermEndsOn,
    DateTimeOffset JoinedAt,
    string? StateReason,
    string Name,
    DateOnly BirthDate,
    string Email,
    string Mobile,
    string ProvinceCode,
    string District)
{
    internal static MembershipView From(Membership m) => new(
        m.Id, m.ApplicationId, m.State, Common.StatusNames.Korean(m.State), m.TermEndsOn, m.JoinedAt, m.StateReason,
        m.Name, m.BirthDate, m.Email, m.Mobile, m.ProvinceCode, m.District);
}
