namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>A demand for a monitoring task.</summary>
/// <param name="Title">Title, <see cref="MonitoringLimits.TitleMinLength"/> to <see cref="MonitoringLimits.TitleMaxLength"/> characters.</param>
/// <param name="Purpose">What the monitoring is for (required, at most <see cref="MonitoringLimits.TextMaxLength"/>).</param>
/// <param name="Sites">The sites to visit (required, at most <see cref="MonitoringLimits.SitesMaxLength"/>).</param>
/// <param name="PeriodStart">First day of the wished period (<c>yyyy-MM-dd</c>).</param>
/// <param name="PeriodEnd">Last day of the wished period (<c>yyyy-MM-dd</c>, not before the start, at most <see cref="DemandLimits.MaxPeriodDays"/> days).</param>
/// <param name="Headcount">Monitors wished, <see cref="MonitoringLimits.MinCapacity"/> to <see cref="MonitoringLimits.MaxCapacity"/>.</param>
/// <param name="Requirements">Requirements of the monitors (optional).</param>
/// <param name="Department">
/// Department officers: ignored (their own department). Staff: the department concerned (required with
/// <paramref name="OnBehalfOfDepartment"/>). Community leaders: the department concerned, if known.
/// </param>
/// <param name="SurveyRoundId">The demand-survey round (optional; a department's demand joins the open round by itself).</param>
/// <param name="CommunityId">The proposing community (community leaders only).</param>
/// <param name="OnBehalfOfDepartment">Staff: register the demand as the department's own (source Department).</param>
public sealed record SubmitDemandRequest(
    string? Title,
    string? Purpose,
    string? Sites,
    string? PeriodStart,
    string? PeriodEnd,
    int? Headcount,
    string? Requirements,
    string? Department = null,
    Guid? SurveyRoundId = null,
    Guid? CommunityId = null,
    bool OnBehalfOfDepartment = false);
