using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>Refusals the host makes itself about the caller or the request's shape.</summary>
internal static class CallerProblems
{
    /// <summary>The token's monitor id is not a GUID.</summary>
    public static ProblemHttpResult MonitorIdInvalid() => ProblemMapping.Problem(
        ErrorKind.Forbidden, "auth.monitor_id_invalid", "The token's monitor_id claim is not a valid id.", "토큰의 monitor_id 값이 올바르지 않습니다.");

    /// <summary>A required body field is missing.</summary>
    public static ProblemHttpResult Required(string code, string field) => ProblemMapping.Problem(
        ErrorKind.Validation, code, $"The field '{field}' is required.", $"'{field}' 항목은 필수입니다.", field);

    /// <summary>A query value is not one of the allowed names.</summary>
    public static ProblemHttpResult InvalidChoice<TEnum>(string code, string field)
        where TEnum : struct, Enum => ProblemMapping.Problem(
        ErrorKind.Validation, code,
        $"'{field}' must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.",
        $"'{field}' 값은 다음 중 하나여야 합니다: {string.Join(", ", Enum.GetNames<TEnum>())}.", field);

    /// <summary>Parses a declared enum member name (case-insensitive); numbers and unknown names fail.</summary>
    public static bool TryParseName<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        return false;
    }
}
