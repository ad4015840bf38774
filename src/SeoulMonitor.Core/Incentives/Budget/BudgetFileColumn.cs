using System.Globalization;
using System.Text.RegularExpressions;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>A year column of a budget file: <c>settled_2013_thousand_krw</c> or <c>budget_2015_thousand_krw</c>.</summary>
internal sealed partial record BudgetFileColumn(string Name, int Year, bool IsSettled)
{
    /// <summary>The column, or null when the name is not a year column.</summary>
    public static BudgetFileColumn? Parse(string name)
    {
        var match = Pattern().Match(name);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        return new BudgetFileColumn(name, year, match.Groups[1].ValueSpan is "settled");
    }

    [GeneratedRegex("^(settled|budget)_([0-9]{4})_thousand_krw$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
