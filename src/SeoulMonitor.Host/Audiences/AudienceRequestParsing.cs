using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Audiences;

/// <summary>Reads channels, reasons and definitions from requests, or the problem with them.</summary>
internal static class AudienceRequestParsing
{
    public static ProblemHttpResult? Channel(string? value, string code, out DeliveryChannel channel)
    {
        channel = DeliveryChannel.Email;
        return value is null ? CallerProblems.Required(code, "channel")
            : CallerProblems.TryParseName(value, out channel) ? null
            : CallerProblems.InvalidChoice<DeliveryChannel>(code, "channel");
    }

    public static ProblemHttpResult? Reason(string? value, out SuppressionReason reason)
    {
        reason = SuppressionReason.Staff;
        return value is null || CallerProblems.TryParseName(value, out reason) ? null : SuppressionErrors.ReasonInvalid.ToProblem();
    }

    public static string? Definition(JsonElement? definition) =>
        definition is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } json ? json.GetRawText() : null;
}
