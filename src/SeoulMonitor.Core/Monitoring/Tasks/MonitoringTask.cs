namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>
/// A monitoring task: what monitors check, where and when, with how many people, on which form, for which department.
/// </summary>
public sealed class MonitoringTask
{
    /// <summary>The task's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The demand it was set up from, if any.</summary>
    public Guid? DemandId { get; init; }

    /// <summary>The program year it counts in (the Seoul year of its fieldwork start).</summary>
    public int Year { get; set; }

    /// <summary>The title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>What the monitoring is for.</summary>
    public string Purpose { get; set; } = string.Empty;

    /// <summary>The requesting department's name (see <see cref="Departments.Department"/>).</summary>
    public string Department { get; set; } = string.Empty;

    /// <summary>The sites to visit (free text).</summary>
    public string Sites { get; set; } = string.Empty;

    /// <summary>Seats: the most monitors that can be selected.</summary>
    public int Capacity { get; set; }

    /// <summary>How applicants are selected.</summary>
    public SelectionMethod SelectionMethod { get; set; }

    /// <summary>The lottery's seed (lottery tasks); same seed and applicants give the same selection.</summary>
    public long? LotterySeed { get; set; }

    /// <summary>When applications open (UTC).</summary>
    public DateTimeOffset RecruitmentOpensAt { get; set; }

    /// <summary>When applications close (UTC).</summary>
    public DateTimeOffset RecruitmentClosesAt { get; set; }

    /// <summary>When field submissions open (UTC).</summary>
    public DateTimeOffset FieldworkOpensAt { get; set; }

    /// <summary>When field submissions close (UTC).</summary>
    public DateTimeOffset FieldworkClosesAt { get; set; }

    /// <summary>Districts whose monitors may apply (Korean district names); empty = any.</summary>
    public List<string> EligibleDistricts { get; set; } = [];

    /// <summary>Training sessions of which an applicant must have attended at least one; empty = none required.</summary>
    public List<Guid> RequiredTrainingSessionIds { get; set; } = [];

    /// <summary>The state.</summary>
    public MonitoringTaskState State { get; set; }

    /// <summary>The reason of a cancellation.</summary>
    public string? StateReason { get; set; }

    /// <summary>The form version new submissions use (0 while no form is published).</summary>
    public int CurrentFormVersion { get; set; }

    /// <summary>How many participations are selected now (kept under the task's lock; never above <see cref="Capacity"/>).</summary>
    public int SelectedCount { get; set; }

    /// <summary>Arrival counter of applications (the next application's sequence number).</summary>
    public long ApplicationSequence { get; set; }

    /// <summary>A task imported from the program's records (closed, without participations).</summary>
    public bool IsHistorical { get; init; }

    /// <summary>The recorded number of participants of a historical task.</summary>
    public int? HistoricalParticipants { get; init; }

    /// <summary>The key of a historical task in the program's records (year and sequence, e.g. <c>2013-01</c>; unique).</summary>
    public string? HistoricalKey { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
