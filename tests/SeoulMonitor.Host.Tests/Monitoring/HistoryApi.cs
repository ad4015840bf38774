using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>Calls of the history and statistics endpoints.</summary>
internal static class HistoryApi
{
    public const string Header = "year,seq,title,start_date,end_date,participants,requesting_department";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client) =>
        client.PostAsync(new Uri("/api/monitoring/history/import", UriKind.Relative), null, Ct);

    public static Task<HttpResponseMessage> ImportCsvAsync(this HttpClient client, string csv, string mediaType = "text/csv") =>
        client.PostAsync(new Uri("/api/monitoring/history/import-csv", UriKind.Relative), new StringContent(csv, Encoding.UTF8, mediaType), Ct);

    public static Task<HttpResponseMessage> YearlyAsync(this HttpClient client, string query = "") =>
        client.GetAsync(new Uri($"/api/statistics/yearly{query}", UriKind.Relative), Ct);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string code)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }
}
