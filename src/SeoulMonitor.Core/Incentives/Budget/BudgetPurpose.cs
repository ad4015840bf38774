using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>What a budget line pays for (which payments may draw on it).</summary>
public enum BudgetPurpose
{
    /// <summary>Anything else (operations, maintenance, equipment).</summary>
    [Name("Other", "기타")]
    Other,

    /// <summary>Monitors' field-activity stipends (행사실비보상금 현장 활동비) and community activity expenses.</summary>
    [Name("Field-activity stipends", "현장 활동비")]
    FieldActivity,

    /// <summary>Monitors' injury insurance (기타보상금 활동 상해비).</summary>
    [Name("Injury insurance", "활동 상해비")]
    InjuryInsurance,

    /// <summary>Expert advisers' allowances (전문가 자문).</summary>
    [Name("Expert advice", "전문가 자문")]
    ExpertAdvice,

    /// <summary>Awards and the feedback loop's events (시책추진업무추진비).</summary>
    [Name("Recognition and feedback", "의견수렴 및 환류")]
    Recognition,
}
