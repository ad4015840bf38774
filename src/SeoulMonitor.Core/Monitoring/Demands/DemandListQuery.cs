using SeoulMonitor.Core.Monitoring.Tasks;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>Filters and page of a demand list (newest first, ties by id; keyset paging).</summary>
/// <param name="State">State.</param>
/// <param name="SurveyRoundId">Demand-survey round.</param>
/// <param name="Limit">Page size, 1..<see cref="MonitoringTaskLimits.MaxPageSize"/>.</param>
/// <param name="After">The <see cref="DemandPage.Next"/> cursor of the previous page (null: the first page).</param>
public sealed record DemandListQuery(
    DemandState? State = null, Guid? SurveyRoundId = null, int Limit = MonitoringTaskLimits.DefaultPageSize, string? After = null);
