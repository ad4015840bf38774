using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// The JSON gateway API over the factory's named client (with the standard resilience handler): one
/// <c>POST messages</c> per text, each answer classified; never throws for a refusal, a timeout or a broken connection.
/// </summary>
internal sealed class SmsGatewayClient(IHttpClientFactory clients, ILogger<SmsGatewayClient> logger)
{
    /// <summary>The named HTTP client.</summary>
    public const string HttpClientName = "SeoulMonitor.Mailing.SmsGateway";

    /// <summary>The API key's header.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The relative path messages are posted to.</summary>
    public const string MessagesPath = "messages";

    /// <summary>The most bytes of an answer body read.</summary>
    public const int MaxAnswerBytes = 16 * 1024;

    public async Task<SmsGatewayAnswer> SendAsync(SmsGatewayRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = clients.CreateClient(HttpClientName);
        try
        {
            using var content = JsonContent.Create(request, SmsGatewayJsonContext.Default.SmsGatewayRequest);
            using var response = await client.PostAsync(new Uri(MessagesPath, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            return await ClassifyAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            return new(SmsGatewayAnswerKind.Unavailable, 0, "circuit_open", exception.Message);
        }
        catch (RateLimiterRejectedException exception)
        {
            return new(SmsGatewayAnswerKind.Unavailable, 0, "concurrency_limit", exception.Message);
        }
        catch (TimeoutRejectedException exception)
        {
            return new(SmsGatewayAnswerKind.Temporary, 0, "timeout", exception.Message);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new(SmsGatewayAnswerKind.Temporary, 0, "timeout", exception.Message);
        }
        catch (HttpRequestException exception)
        {
            return new(SmsGatewayAnswerKind.Temporary, 0, "connection", exception.Message);
        }
    }

    private async Task<SmsGatewayAnswer> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            var accepted = Parse(body, SmsGatewayJsonContext.Default.SmsGatewayAccepted);
            return new(SmsGatewayAnswerKind.Accepted, status, null, string.IsNullOrWhiteSpace(accepted?.MessageId) ? null : accepted.MessageId);
        }

        var refusal = Parse(body, SmsGatewayJsonContext.Default.SmsGatewayRefusal);
        var code = string.IsNullOrWhiteSpace(refusal?.Code) ? $"http_{status}" : refusal.Code;
        var message = refusal?.Message ?? response.ReasonPhrase;
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // The key is wrong or revoked: the operator's problem, not the recipient's; retried until the deadline.
            Log.SmsGatewayUnauthorized(logger, status, code);
            return new(SmsGatewayAnswerKind.Temporary, status, code, message);
        }

        if (status is 408 or 429 or >= 500)
        {
            return new(SmsGatewayAnswerKind.Temporary, status, code, message, RetryAfter(response));
        }

        return new(SmsGatewayAnswerKind.Refused, status, code, message);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        _ => null,
    };

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxAnswerBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return buffer[..total];
        }
    }

    private static T? Parse<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
