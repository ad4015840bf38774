namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>
/// Changes to a task; a null field stays as it is. While planned every field may change; while recruiting only the
/// three later window ends (recruitment close, fieldwork open and close) and a larger capacity.
/// </summary>
/// <param name="Title">Title.</param>
/// <param name="Purpose">Purpose.</param>
/// <param name="Department">Department.</param>
/// <param name="Sites">Sites.</param>
/// <param name="Capacity">Seats.</param>
/// <param name="SelectionMethod">Selection method.</param>
/// <param name="LotterySeed">Lottery seed.</param>
/// <param name="RecruitmentOpensAt">Recruitment opening.</param>
/// <param name="RecruitmentClosesAt">Recruitment closing.</param>
/// <param name="FieldworkOpensAt">Fieldwork opening.</param>
/// <param name="FieldworkClosesAt">Fieldwork closing.</param>
/// <param name="EligibleDistricts">Eligible districts (an empty list clears them).</param>
/// <param name="RequiredTrainingSessionIds">Required training (an empty list clears it).</param>
public sealed record UpdateTaskRequest(
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
