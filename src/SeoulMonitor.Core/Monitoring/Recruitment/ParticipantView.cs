namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>A task's participant as staff see it: with the monitor's name and district (personal data, access-logged).</summary>
/// <param name="Participation">The participation.</param>
/// <param name="Name">The monitor's name.</param>
/// <param name="District">The monitor's district of residence.</param>
public sealed record ParticipantView(ParticipationView Participation, string Name, string District);
