using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>
/// Sends one hostile request and records a failure when the answer is a 5xx, a 4xx that is not an RFC 7807 problem
/// with a <c>code</c>, or a refusal after which <see cref="DeliveryBadInputWorld.StateAsync"/> changed.
/// </summary>
internal static class DeliveryProbe
{
    public static StringContent Raw(string text, string? mediaType = "application/json")
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = mediaType is null ? null : MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    /// <summary>Probes; returns the status. With <paramref name="mustRefuse"/> a success is a failure too.</summary>
    public static async Task<int> ProbeAsync(
        DeliveryBadInputWorld world, HttpClient client, Func<HttpRequestMessage> build, string caller, List<string> failures, bool mustRefuse = false)
    {
        var before = await world.StateAsync();
        using var request = build();
        var description = $"[{caller}] {request.Method} {Describe(request.RequestUri?.ToString() ?? "")} "
            + (request.Content is null ? "(no body)" : Describe(await request.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        if (status < 400)
        {
            if (mustRefuse)
            {
                failures.Add($"{description} → {status}: a hostile call was accepted");
            }

            return status;
        }

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        string? code = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            code = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        }
        catch (JsonException)
        {
        }

        if (status >= 500 && status != 503 || code is null || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{description} → {status} {code ?? "(no code)"} {Describe(text)}");
            return status;
        }

        var after = await world.StateAsync();
        if (after != before)
        {
            failures.Add($"{description} → {status} {code} but wrote: {before} → {after}");
        }

        return status;
    }

    public static string Describe(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
