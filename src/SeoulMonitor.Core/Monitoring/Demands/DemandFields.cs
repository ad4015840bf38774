namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>The validated content fields of a demand.</summary>
internal sealed record DemandFields(
    string Title, string Purpose, string Sites, DateOnly PeriodStart, DateOnly PeriodEnd, int Headcount, string? Requirements)
{
    public void ApplyTo(TaskDemand demand)
    {
        demand.Title = Title;
        demand.Purpose = Purpose;
        demand.Sites = Sites;
        demand.PeriodStart = PeriodStart;
        demand.PeriodEnd = PeriodEnd;
        demand.Headcount = Headcount;
        demand.Requirements = Requirements;
    }
}
