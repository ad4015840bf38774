namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>An invoice's checked fields.</summary>
internal sealed record ValidPremium(string Insurer, string PolicyNumber, DateOnly PeriodStart, DateOnly PeriodEnd, long Amount);
