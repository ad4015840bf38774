using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Host.Diagnostics;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>
/// The SMS gateway's delivery-report webhook: <c>POST /webhooks/sms/delivery</c>, anonymous but signed
/// (<c>X-Gateway-Signature: sha256=…</c> over <c>X-Gateway-Timestamp</c>, a full stop and the raw body). 200 with what
/// the report did; 401 on a missing, forged or stale signature, 400 on a malformed report, 404 for an unknown message
/// id, 413 over 16 KB, 415 unless the body is <c>application/json</c>, 503 without a webhook secret. A refused report writes nothing.
/// </summary>
internal static class SmsWebhookEndpoints
{
    public static RouteHandlerBuilder MapSmsWebhookEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/webhooks/sms/delivery", ReceiveAsync).WithTags("Campaigns").AllowAnonymous().DisableAntiforgery();

    private static async Task<Results<Ok<SmsWebhookAnswer>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, SmsDeliveryReportHandler reports, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var result = await HandleAsync(request, reports, cancellationToken);
        if (result.IsSuccess)
        {
            return TypedResults.Ok(new SmsWebhookAnswer(result.Value.Application.ToString(), result.Value.Message?.Status.ToString()));
        }

        var problem = SmsWebhookProblems.ToProblem(result.Error);
        loggers.CreateLogger(typeof(SmsWebhookEndpoints)).SmsWebhookRefused(problem.StatusCode, result.Error.Code);
        return problem;
    }

    /// <summary>Size (413), then media type (415), then the handler's checks (secret, signature, timestamp, JSON).</summary>
    private static async Task<MailingResult<SmsReportResult>> HandleAsync(
        HttpRequest request, SmsDeliveryReportHandler reports, CancellationToken cancellationToken)
    {
        if (request.ContentLength > SmsGatewayLimits.MaxReportBytes)
        {
            return SmsGatewayErrors.BodyTooLarge();
        }

        if (!IsJson(request))
        {
            return SmsGatewayErrors.MediaTypeUnsupported();
        }

        var body = await SmsWebhookBody.ReadAsync(request, cancellationToken);
        return body is null
            ? SmsGatewayErrors.BodyTooLarge()
            : await reports.HandleAsync(
                body, request.Headers[SmsWebhookSignature.SignatureHeader].ToString(), request.Headers[SmsWebhookSignature.TimestampHeader].ToString(), cancellationToken);
    }

    /// <summary>Whether the body is declared <c>application/json</c> (any charset parameter).</summary>
    private static bool IsJson(HttpRequest request) =>
        string.Equals(request.GetTypedHeaders().ContentType?.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase);
}
