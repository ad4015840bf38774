using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>
/// Multipart photo uploads are streamed to the file store with their limits enforced while the body is read: the
/// answer comes before the end of the body, and a refused upload leaves no file and no row.
/// </summary>
public sealed class SubmissionStreamingTests
{
    private const int Mib = 1024 * 1024;

    [Fact]
    public async Task Post_PhotosPassTheTotalWhileStreaming_413BeforeTheBodyEndsAndNothingKept()
    {
        var root = Directory.CreateTempSubdirectory("seoulmonitor-stream-").FullName;
        await using var app = new SeoulMonitorApplication(settings: new Dictionary<string, string> { ["SeoulMonitor:Monitoring:Files:RootPath"] = root });
        var task = await app.AddTaskAsync();
        using var client = RawClient(app, await app.AddSelectedMonitorAsync(task));
        var photoCount = (int)(SubmissionLimits.MaxTotalBytes / SubmissionLimits.MaxPhotoBytes) + 2;
        using var content = new GatedMultipart(Submission(app), photoCount, (int)SubmissionLimits.MaxPhotoBytes);

        try
        {
            var (status, code) = await PostAsync(client, task, content);

            // The body's last bytes are held back until the answer arrived: a server that read the whole body first never answers.
            Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "submission.too_large"), (status, code));
            Assert.True(content.Written < content.Length, $"{content.Written} of {content.Length} bytes were read before the answer");
            Assert.True(content.Written <= SubmissionLimits.MaxTotalBytes + (2 * SubmissionLimits.MaxPhotoBytes), $"{content.Written} bytes were read before the answer");
        }
        finally
        {
            content.Release();
        }

        Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal((0, 0), await RowsAsync(app));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Post_OnePhotoPastThePhotoLimit_400PhotoTooLargeAndNothingKept()
    {
        var root = Directory.CreateTempSubdirectory("seoulmonitor-stream-").FullName;
        await using var app = new SeoulMonitorApplication(settings: new Dictionary<string, string> { ["SeoulMonitor:Monitoring:Files:RootPath"] = root });
        var task = await app.AddTaskAsync();
        using var client = RawClient(app, await app.AddSelectedMonitorAsync(task));
        // Well past the limit: a multipart reader holds back a part's last bytes until it sees the boundary that follows them.
        using var content = new GatedMultipart(Submission(app), 1, (int)SubmissionLimits.MaxPhotoBytes + (64 * 1024));

        try
        {
            var (status, code) = await PostAsync(client, task, content);

            Assert.Equal((HttpStatusCode.BadRequest, "submission.photo.too_large"), (status, code));
            Assert.True(content.Written < content.Length, $"{content.Written} of {content.Length} bytes were read before the answer");
        }
        finally
        {
            content.Release();
        }

        Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal((0, 0), await RowsAsync(app));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Post_PhotosExactlyAtTheTotal_PassTheStreamingLimitAndStagedFilesAreRemoved()
    {
        var root = Directory.CreateTempSubdirectory("seoulmonitor-stream-").FullName;
        await using var app = new SeoulMonitorApplication(settings: new Dictionary<string, string> { ["SeoulMonitor:Monitoring:Files:RootPath"] = root });
        var task = await app.AddTaskAsync();
        using var client = RawClient(app, await app.AddSelectedMonitorAsync(task));
        var photoCount = (int)(SubmissionLimits.MaxTotalBytes / SubmissionLimits.MaxPhotoBytes);
        using var content = new GatedMultipart(Submission(app), photoCount, (int)SubmissionLimits.MaxPhotoBytes);
        content.Release();

        var (status, code) = await PostAsync(client, task, content);

        // Past the streaming limits (not 413): the photos reach the Core, which reads the first from the store and refuses its content.
        Assert.Equal((HttpStatusCode.BadRequest, "submission.photo.not_an_image"), (status, code));
        Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal((0, 0), await RowsAsync(app));
        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// A monitor's client straight on the test server: the factory's default client buffers a request body whole (to
    /// replay it on a redirect), which would hide whether the server streams it.
    /// </summary>
    private static HttpClient RawClient(SeoulMonitorApplication app, Guid monitorId)
    {
        using var authorized = app.CreateMonitorClient(monitorId);
        var client = new HttpClient(app.Server.CreateHandler()) { BaseAddress = authorized.BaseAddress };
        client.DefaultRequestHeaders.Authorization = authorized.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static object Submission(SeoulMonitorApplication app) =>
        new { clientId = Guid.NewGuid(), formVersion = 1, answers = new { cleanliness = 4 }, capturedAt = app.Time.GetUtcNow() };

    private static async Task<(HttpStatusCode Status, string? Code)> PostAsync(HttpClient client, Guid task, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tasks/{task}/submissions", UriKind.Relative)) { Content = content };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone().Code());
    }

    private static async Task<(int Submissions, int Photos)> RowsAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        return (await db.Set<FieldSubmission>().CountAsync(TestContext.Current.CancellationToken),
            await db.Set<SubmissionPhoto>().CountAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// A multipart body of unknown length (sent chunked): the submission part, then photo parts of zeros, and the
    /// closing boundary only once <see cref="Release"/> was called. <see cref="Written"/> counts what the server took.
    /// </summary>
    private sealed class GatedMultipart : HttpContent
    {
        private const string Boundary = "gated-boundary-7f3a";
        private readonly byte[] _head;
        private readonly byte[][] _photoHeads;
        private readonly int _photoBytes;
        private readonly byte[] _tail = Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n");
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _written;

        public GatedMultipart(object submission, int photos, int photoBytes)
        {
            _head = Encoding.UTF8.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"submission\"\r\nContent-Type: application/json\r\n\r\n"
                + JsonSerializer.Serialize(submission, JsonSerializerOptions.Web));
            _photoHeads = [.. Enumerable.Range(0, photos).Select(i => Encoding.ASCII.GetBytes(
                $"\r\n--{Boundary}\r\nContent-Disposition: form-data; name=\"photo.photo\"; filename=\"IMG_{i:D4}.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"))];
            _photoBytes = photoBytes;
            Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
            Length = _head.Length + _photoHeads.Sum(h => (long)h.Length + photoBytes) + _tail.Length;
        }

        /// <summary>The whole body's length.</summary>
        public long Length { get; }

        /// <summary>Bytes the server has taken so far.</summary>
        public long Written => Interlocked.Read(ref _written);

        /// <summary>Lets the closing boundary be sent.</summary>
        public void Release() => _gate.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var zeros = new byte[64 * 1024];
            await WriteAsync(stream, _head);
            foreach (var head in _photoHeads)
            {
                await WriteAsync(stream, head);
                for (var left = _photoBytes; left > 0; left -= zeros.Length)
                {
                    await WriteAsync(stream, zeros.AsMemory(0, Math.Min(left, zeros.Length)));
                }
            }

            await _gate.Task;
            await WriteAsync(stream, _tail);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        private async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> bytes)
        {
            await stream.WriteAsync(bytes);
            await stream.FlushAsync();
            Interlocked.Add(ref _written, bytes.Length);
        }
    }
}
