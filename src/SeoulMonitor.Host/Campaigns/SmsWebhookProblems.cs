using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>The webhook's refusals as RFC 7807 problems: signature and timestamp 401, size 413, media type 415, no secret 503, the rest as the engine maps them.</summary>
internal static class SmsWebhookProblems
{
    public static ProblemHttpResult ToProblem(MailingError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        int? status = error.Code switch
        {
            "sms.webhook.signature_missing" or "sms.webhook.signature_invalid" or "sms.webhook.timestamp_invalid" or "sms.webhook.timestamp_stale"
                => StatusCodes.Status401Unauthorized,
            "sms.webhook.body_too_large" => StatusCodes.Status413PayloadTooLarge,
            "sms.webhook.media_type_unsupported" => StatusCodes.Status415UnsupportedMediaType,
            "sms.gateway.not_configured" => StatusCodes.Status503ServiceUnavailable,
            _ => null,
        };
        if (status is null)
        {
            return error.ToProblem();
        }

        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            title: "The delivery report was refused.",
            type: ProblemMapping.TypePrefix + error.Code,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["detail_ko"] = error.MessageKo });
    }
}
