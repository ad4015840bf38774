using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Bounces;

/// <summary>The bounce endpoints' problems: 401, 413 and 415 from the webhook, and the engine's bounce refusals.</summary>
internal static class BounceProblems
{
    /// <summary>The largest page of the bounce and suppression views.</summary>
    public const int MaxLimit = 1_000;

    public static ProblemHttpResult SignatureInvalid() => Problem(
        StatusCodes.Status401Unauthorized, "bounce.signature.invalid", "The request is not authorised.",
        "The X-Bounce-Signature or X-Bounce-Timestamp header is missing, wrong or too old.",
        "X-Bounce-Signature 또는 X-Bounce-Timestamp 헤더가 없거나 틀렸거나 너무 오래되었습니다.");

    public static ProblemHttpResult TooLarge(int maxBytes) => Problem(
        StatusCodes.Status413PayloadTooLarge, "bounce.message.too_large", "The request body is too large.",
        $"The bounce message is larger than {maxBytes} bytes.", $"반송 메일이 {maxBytes}바이트보다 큽니다.");

    public static ProblemHttpResult MediaTypeUnsupported() => Problem(
        StatusCodes.Status415UnsupportedMediaType, "bounce.media_type.unsupported", "The media type is not supported.",
        "The body must be one RFC 5322 message (Content-Type: message/rfc822).", "본문은 RFC 5322 메일 한 통(Content-Type: message/rfc822)이어야 합니다.");

    public static ProblemHttpResult LimitInvalid() => ProblemMapping.Problem(
        ErrorKind.Validation, "bounce.limit_invalid", $"'limit' must be 1–{MaxLimit} and 'after' not negative.",
        $"'limit'은 1–{MaxLimit}, 'after'는 0 이상이어야 합니다.", "limit");

    public static ProblemHttpResult ChannelInvalid() => ProblemMapping.Problem(
        ErrorKind.Validation, "suppression.channel.invalid", "'channel' must be Email or Sms.", "'channel'은 Email 또는 Sms여야 합니다.", "channel");

    /// <summary>A refusal of bounce processing: a malformed message or report is 400; a missing, malformed or forged token, or an unknown row, 422; not configured 503.</summary>
    public static ProblemHttpResult ToProblem(MailingError error) => error.Code switch
    {
        "bounce.not_configured" => Problem(StatusCodes.Status503ServiceUnavailable, error.Code, "Bounce processing is not configured.", error.Message, error.MessageKo),
        "bounce.message.too_large" => Problem(StatusCodes.Status413PayloadTooLarge, error.Code, "The request body is too large.", error.Message, error.MessageKo),
        _ when error.Code.StartsWith("bounce.token.", StringComparison.Ordinal) || error.Code == "bounce.delivery.unknown" =>
            new DomainError(error.Code, ErrorKind.Rule, error.Message, error.MessageKo).ToProblem(),
        _ => new DomainError(error.Code, ErrorKind.Validation, error.Message, error.MessageKo).ToProblem(),
    };

    private static ProblemHttpResult Problem(int status, string code, string title, string message, string messageKo) => TypedResults.Problem(
        detail: message,
        statusCode: status,
        title: title,
        type: ProblemMapping.TypePrefix + code,
        extensions: new Dictionary<string, object?> { ["code"] = code, ["detail_ko"] = messageKo });
}
