using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>A notice queued in the outbox: its kind, recipient and text.</summary>
internal sealed record QueuedNotice(string Kind, string To, string Subject, string Body);

/// <summary>
/// The phone and outbox side of <see cref="FeedbackLoopEndToEndTests"/>: real (tiny) JPEG and PNG files, multipart
/// uploads as a phone sends them, and the monitoring notices queued since the last look.
/// </summary>
internal sealed class FeedbackLoopApi(SeoulMonitorApplication app)
{
    /// <summary>A real 1×1 JPEG (JFIF).</summary>
    public static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////" +
        "wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private long _seen;

    /// <summary>Posts a submission as multipart/form-data: the JSON part and the photos as <c>photo.photo</c> parts.</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SubmitAsync(HttpClient phone, Guid taskId, object submission, params byte[][] photos)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(submission, JsonSerializerOptions.Web), System.Text.Encoding.UTF8, "application/json"), "submission" },
        };
        for (var i = 0; i < photos.Length; i++)
        {
            var part = new ByteArrayContent(photos[i]);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "photo.photo", $"IMG_{i:D4}.bin");
        }

        var response = await phone.PostAsync(new Uri($"/api/tasks/{taskId}/submissions", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The content address (SHA-256, lower-case hex) of a file.</summary>
    public static string Sha256(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));

    /// <summary>GETs a download's bytes, asserting 200.</summary>
    public static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The monitoring notices (kinds <c>task-…</c>) queued since the previous call, in queue order.</summary>
    public async Task<IReadOnlyList<QueuedNotice>> NewNoticesAsync()
    {
        var (last, notices) = await ReadAsync(_seen);
        _seen = last;
        return notices;
    }

    /// <summary>Every monitoring notice queued so far.</summary>
    public async Task<IReadOnlyList<QueuedNotice>> AllNoticesAsync() => (await ReadAsync(0)).Notices;

    private async Task<(long Last, IReadOnlyList<QueuedNotice> Notices)> ReadAsync(long after)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Id > after).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Kind, m.To, m.Subject, m.TextBody }).ToListAsync(TestContext.Current.CancellationToken);
        var notices = rows.Where(r => r.Kind.StartsWith("task-", StringComparison.Ordinal)).Select(r => new QueuedNotice(r.Kind, r.To, r.Subject, r.TextBody)).ToList();
        return (rows.Count > 0 ? rows[^1].Id : after, notices);
    }

    /// <summary>The new notices as sorted (kind, recipient) pairs.</summary>
    public async Task<IReadOnlyList<(string Kind, string To)>> NewNoticePairsAsync() =>
        [.. (await NewNoticesAsync()).Select(n => (n.Kind, n.To)).Order()];
}
