using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>Multipart envelopes a phone (or anything else) may send broken: each is a 400 problem and nothing is stored.</summary>
public sealed class SubmissionsEnvelopeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data\r\n\r\n--b--", "multipart/form-data; boundary=b")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"submission\"\r\n\r\n{", "multipart/form-data; boundary=b")]
    [InlineData("--x\r\nnonsense", "multipart/form-data")]
    public async Task PostSubmission_BrokenMultipartEnvelope_400MalformedAndNothingStored(string body, string contentType)
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync();
        using var client = app.CreateMonitorClient(await app.AddSelectedMonitorAsync(task));
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.PostAsync(new Uri($"/api/tasks/{task}/submissions", UriKind.Relative), content, Ct);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal((HttpStatusCode.BadRequest, "submission.request.malformed"), (response.StatusCode, problem.Code()));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<FieldSubmission>());
    }
}
