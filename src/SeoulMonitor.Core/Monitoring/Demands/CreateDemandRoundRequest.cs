namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>A demand-survey round to create.</summary>
/// <param name="Year">The program year it plans for (<see cref="DemandLimits.MinRoundYear"/>..<see cref="DemandLimits.MaxRoundYear"/>).</param>
/// <param name="Title">Title.</param>
/// <param name="OpensAt">Opening (ISO 8601 with offset).</param>
/// <param name="ClosesAt">Closing (after the opening, at most <see cref="DemandLimits.MaxRoundLength"/> later).</param>
public sealed record CreateDemandRoundRequest(int? Year, string? Title, string? OpensAt, string? ClosesAt);
