namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// The purpose of a loaded budget line, as data: the first keyword contained in the line's name decides; a line that
/// names none is <see cref="BudgetPurpose.Other"/>.
/// </summary>
public static class BudgetPurposeMapping
{
    /// <summary>The keywords, in the order they are tried.</summary>
    public static IReadOnlyList<(string Keyword, BudgetPurpose Purpose)> ByLineName { get; } =
    [
        ("현장 활동비", BudgetPurpose.FieldActivity),
        ("활동 상해비", BudgetPurpose.InjuryInsurance),
        ("전문가 자문", BudgetPurpose.ExpertAdvice),
        ("현장중심의 의견수렴 및 환류", BudgetPurpose.Recognition),
    ];

    /// <summary>The purpose of a line with this name.</summary>
    public static BudgetPurpose Of(string lineName)
    {
        ArgumentNullException.ThrowIfNull(lineName);
        foreach (var (keyword, purpose) in ByLineName)
        {
            if (lineName.Contains(keyword, StringComparison.Ordinal))
            {
                return purpose;
            }
        }

        return BudgetPurpose.Other;
    }
}
