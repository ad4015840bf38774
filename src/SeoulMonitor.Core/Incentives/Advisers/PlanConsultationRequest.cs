namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>A consultation to plan.</summary>
/// <param name="AdviserId">An active adviser.</param>
/// <param name="Topic">The topic (at most <see cref="AdviserLimits.TextMaxLength"/> characters).</param>
/// <param name="HeldOn">The day (Seoul calendar); its year is the consultation's budget year.</param>
/// <param name="Allowance">The allowance, 1..<see cref="AdviserLimits.MaxAllowance"/> won.</param>
/// <param name="BudgetLineId">A budget line of the consultation's year with purpose <see cref="Budget.BudgetPurpose.ExpertAdvice"/>.</param>
/// <param name="TaskId">The monitoring task it advises on, if any.</param>
public sealed record PlanConsultationRequest(Guid AdviserId, string? Topic, DateOnly HeldOn, long Allowance, Guid BudgetLineId, Guid? TaskId = null);
