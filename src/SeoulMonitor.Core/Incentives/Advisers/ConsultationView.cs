using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>A consultation (no personal data: the adviser by id).</summary>
public sealed record ConsultationView(
    Guid Id, Guid AdviserId, string Topic, DateOnly HeldOn, long Allowance, Guid BudgetLineId, Guid? TaskId,
    ConsultationState State, string StateName, string StateNameKo, string? Reason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The view of a consultation.</summary>
    public static ConsultationView From(Consultation consultation)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        return new(consultation.Id, consultation.AdviserId, consultation.Topic, consultation.HeldOn, consultation.Allowance,
            consultation.BudgetLineId, consultation.TaskId, consultation.State, StatusNames.English(consultation.State),
            StatusNames.Korean(consultation.State), consultation.Reason, consultation.CreatedAt, consultation.UpdatedAt);
    }
}
