namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>The validated settings of a task (department and training existence are checked against the store).</summary>
internal sealed record TaskSettings(
    string Title,
    string Purpose,
    string Department,
    string Sites,
    int Capacity,
    SelectionMethod SelectionMethod,
    long? LotterySeed,
    DateTimeOffset RecruitmentOpensAt,
    DateTimeOffset RecruitmentClosesAt,
    DateTimeOffset FieldworkOpensAt,
    DateTimeOffset FieldworkClosesAt,
    List<string> EligibleDistricts,
    List<Guid> RequiredTrainingSessionIds)
{
    /// <summary>The program year: the Seoul year of the fieldwork start.</summary>
    public int Year => Common.SeoulCalendar.DateAt(FieldworkOpensAt).Year;

    public void ApplyTo(MonitoringTask task)
    {
        task.Title = Title;
        task.Purpose = Purpose;
        task.Department = Department;
        task.Sites = Sites;
        task.Capacity = Capacity;
        task.SelectionMethod = SelectionMethod;
        task.LotterySeed = LotterySeed;
        task.RecruitmentOpensAt = RecruitmentOpensAt;
        task.RecruitmentClosesAt = RecruitmentClosesAt;
        task.FieldworkOpensAt = FieldworkOpensAt;
        task.FieldworkClosesAt = FieldworkClosesAt;
        task.EligibleDistricts = EligibleDistricts;
        task.RequiredTrainingSessionIds = RequiredTrainingSessionIds;
        task.Year = Year;
    }
}
