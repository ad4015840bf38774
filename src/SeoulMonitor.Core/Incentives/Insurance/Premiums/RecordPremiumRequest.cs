namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>The insurer's invoice to record.</summary>
/// <param name="BudgetLineId">The injury-insurance line (활동 상해비) it draws on.</param>
/// <param name="Insurer">The insurer (1 to <see cref="PremiumLimits.InsurerMaxLength"/> characters).</param>
/// <param name="PolicyNumber">The policy number (1 to <see cref="PremiumLimits.PolicyNumberMaxLength"/> letters, digits, '-', '/', '.').</param>
/// <param name="PeriodStart">The first day covered, yyyy-MM-dd (in the line's year).</param>
/// <param name="PeriodEnd">The last day covered, yyyy-MM-dd (at most <see cref="PremiumLimits.MaxPeriodDays"/> days, inclusive).</param>
/// <param name="Amount">The premium in won (<see cref="PremiumLimits.MinAmount"/> to <see cref="PremiumLimits.MaxAmount"/>).</param>
public sealed record RecordPremiumRequest(Guid BudgetLineId, string? Insurer, string? PolicyNumber, string? PeriodStart, string? PeriodEnd, long Amount);
