namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>An invitation to the mayor's dialogue with the invitee's name and contacts (personal data; access-logged).</summary>
public sealed record DialogueInvitationView(Guid MonitorId, string Name, string Email, string Mobile, string District, int Rank, DateTimeOffset CreatedAt);
