namespace SeoulMonitor.Host.Incentives;

/// <summary>The body of recording an insurer's premium invoice (period dates as <c>yyyy-MM-dd</c>).</summary>
public sealed record InsurancePremiumRequest(Guid? BudgetLineId, string? Insurer, string? PolicyNumber, string? PeriodStart, string? PeriodEnd, long? Amount);

/// <summary>The body of marking a premium paid.</summary>
public sealed record InsurancePremiumPaidRequest(string? Reference);

/// <summary>The body of cancelling a premium.</summary>
public sealed record InsurancePremiumCancelRequest(string? Reason);
