using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SeoulMonitor.Host.Diagnostics;
using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Host.Bounces;

/// <summary>
/// <c>POST /webhooks/bounces</c>: one raw bounce message (DSN or ARF report, <c>Content-Type: message/rfc822</c>) from
/// a mail server or provider, signed (see <see cref="BounceWebhookSignature"/>). Anonymous (the signature is the
/// authentication). Checks, in order: size (413 <c>bounce.message.too_large</c>), media type (415
/// <c>bounce.media_type.unsupported</c>), signature and timestamp (401 <c>bounce.signature.invalid</c>); then the
/// engine processes it: 200 with the outcome, 400 for a malformed message or report, 422 for no, a malformed or a
/// forged token or an unknown row. Nothing is written on any refusal; a replay is recorded once.
/// </summary>
internal static class BounceWebhookEndpoints
{
    public const string Route = "/webhooks/bounces";

    public static RouteHandlerBuilder MapBounceWebhook(this IEndpointRouteBuilder routes) =>
        routes.MapPost(Route, ReceiveAsync).WithTags("Bounces").AllowAnonymous().DisableAntiforgery();

    private static async Task<Results<Ok<BounceOutcome>, ProblemHttpResult>> ReceiveAsync(
        HttpContext http, BounceProcessor processor, IOptions<BounceWebhookOptions> options, TimeProvider time,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger(typeof(BounceWebhookEndpoints));
        var max = Math.Min(settings.MaxBodyBytes, processor.MaxMessageBytes);
        if (http.Request.ContentLength > max)
        {
            return Refuse(logger, BounceProblems.TooLarge(max), "bounce.message.too_large");
        }

        if (!string.Equals(http.Request.GetTypedHeaders().ContentType?.MediaType.Value, "message/rfc822", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(logger, BounceProblems.MediaTypeUnsupported(), "bounce.media_type.unsupported");
        }

        var body = await ReadAsync(http.Request.Body, max, cancellationToken);
        if (body is null)
        {
            return Refuse(logger, BounceProblems.TooLarge(max), "bounce.message.too_large");
        }

        var match = BounceWebhookSignature.Match(
            settings.VerifyingKeys(), http.Request.Headers[BounceWebhookSignature.TimestampHeader], http.Request.Headers[BounceWebhookSignature.SignatureHeader],
            body, time.GetUtcNow(), settings.Tolerance);
        if (match < 0)
        {
            return Refuse(logger, BounceProblems.SignatureInvalid(), "bounce.signature.invalid");
        }

        if (match > 0)
        {
            logger.BounceWebhookPreviousKey(match);
        }

        var result = await processor.ProcessAsync(body, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refuse(logger, BounceProblems.ToProblem(result.Error), result.Error.Code);
        }

        logger.BounceWebhookProcessed(result.Value.ReportId, result.Value.Kind?.ToString() ?? "none", result.Value.Recorded, result.Value.Suppressed);
        return TypedResults.Ok(result.Value);
    }

    /// <summary>The body, or <see langword="null"/> when it is longer than <paramref name="max"/> bytes (read no further).</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult Refuse(ILogger logger, ProblemHttpResult problem, string code)
    {
        logger.BounceWebhookRefused(code);
        return problem;
    }
}
