using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>An insurance premium as staff see it (no personal data), with its state's Korean name.</summary>
public sealed record InsurancePremiumView(
    Guid Id,
    int Year,
    Guid BudgetLineId,
    string Insurer,
    string PolicyNumber,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    long Amount,
    InsurancePremiumState State,
    string StateKo,
    string? PaymentReference,
    string? CancelReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static InsurancePremiumView From(InsurancePremium p) => new(
        p.Id, p.Year, p.BudgetLineId, p.Insurer, p.PolicyNumber, p.PeriodStart, p.PeriodEnd, p.Amount, p.State, StatusNames.Korean(p.State),
        p.PaymentReference, p.CancelReason, p.CreatedAt, p.UpdatedAt);
}
