namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>A leader's report of a community activity.</summary>
/// <param name="Title">What was done.</param>
/// <param name="HeldOn">The day, <c>yyyy-MM-dd</c> (Seoul calendar), not after today.</param>
/// <param name="Attendees">How many members took part (1..the community's member count).</param>
public sealed record ReportActivityRequest(string? Title, string? HeldOn, int Attendees);
