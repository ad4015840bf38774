using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>An injury claim as staff see it.</summary>
public sealed record InsuranceClaimView(
    Guid Id,
    Guid RosterId,
    Guid TaskId,
    Guid MonitorId,
    DateTimeOffset IncidentAt,
    string Description,
    InsuranceClaimState State,
    string StateKo,
    long? PaidAmount,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Projects a claim.</summary>
    public static InsuranceClaimView From(InsuranceClaim claim, Guid taskId)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(claim.Id, claim.RosterId, taskId, claim.MonitorId, claim.IncidentAt, claim.Description, claim.State,
            StatusNames.Korean(claim.State), claim.PaidAmount, claim.Reason, claim.CreatedAt, claim.UpdatedAt);
    }
}
