namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>
/// A task to set up (staff), from a selected demand or directly. With a demand, missing title, purpose, department,
/// sites and capacity are taken from it. Windows follow the rule: recruitment opens &lt; recruitment closes ≤ fieldwork
/// opens &lt; fieldwork closes, all within <see cref="MonitoringTaskLimits.MaxSpan"/>.
/// </summary>
/// <param name="DemandId">The selected demand it is set up from (one task per demand).</param>
/// <param name="Title">Title.</param>
/// <param name="Purpose">Purpose.</param>
/// <param name="Department">The requesting department (must be registered).</param>
/// <param name="Sites">Sites.</param>
/// <param name="Capacity">Seats, <see cref="MonitoringLimits.MinCapacity"/>..<see cref="MonitoringLimits.MaxCapacity"/>.</param>
/// <param name="SelectionMethod"><c>FirstComeFirstServed</c> (default) or <c>Lottery</c>.</param>
/// <param name="LotterySeed">The lottery's seed (lottery only; drawn from a cryptographic RNG when absent).</param>
/// <param name="RecruitmentOpensAt">ISO 8601 with offset.</param>
/// <param name="RecruitmentClosesAt">ISO 8601 with offset.</param>
/// <param name="FieldworkOpensAt">ISO 8601 with offset.</param>
/// <param name="FieldworkClosesAt">ISO 8601 with offset.</param>
/// <param name="EligibleDistricts">Seoul districts (Korean or English names); empty = any.</param>
/// <param name="RequiredTrainingSessionIds">Training sessions of which one must have been attended; empty = none.</param>
public sealed record CreateTaskRequest(
    Guid? DemandId = null,
    string? Title = null,
    string? Purpose = null,
    string? Department = null,
    string? Sites = null,
    int? Capacity = null,
    string? SelectionMethod = null,
    long? LotterySeed = null,
    string? RecruitmentOpensAt = null,
    string? RecruitmentClosesAt = null,
    string? FieldworkOpensAt = null,
    string? FieldworkClosesAt = null,
    IReadOnlyList<string>? EligibleDistricts = null,
    IReadOnlyList<Guid>? RequiredTrainingSessionIds = null);
