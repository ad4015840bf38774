using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>Uploading a city's own budget file: good, repeated (idempotent), oversize (413), malformed and not UTF-8 (line named).</summary>
public sealed class BudgetUploadEndpointTests
{
    private const string Header = "category,line,budget_2026_thousand_krw,budget_2027_thousand_krw";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ByteArrayContent Csv(byte[] bytes, string mediaType = "text/csv")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType + "; charset=utf-8");
        return content;
    }

    private static ByteArrayContent Csv(string text) => Csv(Encoding.UTF8.GetBytes(text));

    private static async Task<(HttpStatusCode Status, string? Code, string Body)> UploadAsync(HttpClient client, HttpContent content)
    {
        using var response = await client.PostAsync(new Uri("/api/budget/upload", UriKind.Relative), content, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        string? code = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            code = document.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        }

        return (response.StatusCode, code, body);
    }

    private static Task<(int Lines, int Audits)> StateAsync(SeoulMonitorApplication app) =>
        app.QueryDbAsync(async db => (await db.Set<BudgetLine>().CountAsync(Ct), await db.Set<AuditEntry>().CountAsync(Ct)));

    [Fact]
    public async Task Upload_GoodFileTwice_LoadsItsLinesOnceAndAuditsOnce()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var file = Header + "\n사무관리비,전문가 자문 등,4000,4500\n행사실비보상금,\"서울시민모니터 현장 활동비\",51100,0\n";

        var first = await UploadAsync(staff, Csv(file));
        var again = await UploadAsync(staff, Csv(file));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("\"created\":3", first.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("\"created\":0", again.Body, StringComparison.Ordinal);
        Assert.Equal((3, 1), await StateAsync(app));
        var lines = await app.QueryDbAsync(db => db.Set<BudgetLine>().Where(l => l.Year == 2026).OrderBy(l => l.Name).ToListAsync(Ct));
        Assert.Equal([(4_000_000L, "전문가 자문 등"), (51_100_000L, "서울시민모니터 현장 활동비")], lines.Select(l => (l.Amount, l.Name)).OrderBy(x => x.Amount));
    }

    [Fact]
    public async Task Upload_OverTheLimit_Is413AndWritesNothing()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var body = Encoding.UTF8.GetBytes(Header + "\n" + new string(' ', BudgetLimits.MaxFileBytes));

        var (status, code, _) = await UploadAsync(staff, Csv(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains(code, new[] { "budget.file.too_large", "request.too_large" });
        Assert.Equal((0, 0), await StateAsync(app));
    }

    [Fact]
    public async Task Upload_AtTheLimit_IsRead()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var text = Header + "\n사무관리비,운영,1,0\n";
        var body = Encoding.UTF8.GetBytes(text + new string('\n', BudgetLimits.MaxFileBytes - Encoding.UTF8.GetByteCount(text)));

        var (status, code, _) = await UploadAsync(staff, Csv(body));

        Assert.Equal(BudgetLimits.MaxFileBytes, body.Length);
        Assert.True(status == HttpStatusCode.OK, code);
        Assert.Equal((1, 1), await StateAsync(app));
    }

    [Theory]
    [InlineData("category,line\n", "budget.file.header")]
    [InlineData(Header + "\n사무관리비,운영,1\n", "budget.file.columns")]
    [InlineData(Header + "\n사무관리비,운영,1,0\n사무관리비,자문,-5,0\n", "budget.file.amount")]
    [InlineData(Header + "\n\"사무관리비,운영,1,0\n", "budget.file.columns")]
    [InlineData("", "budget.file.empty")]
    public async Task Upload_MalformedFile_IsAProblemWithItsCodeAndWritesNothing(string text, string expected)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (status, code, _) = await UploadAsync(staff, Csv(text));

        Assert.Equal((HttpStatusCode.BadRequest, expected), (status, code));
        Assert.Equal((0, 0), await StateAsync(app));
    }

    [Fact]
    public async Task Upload_BadUtf8OnLine3_IsAProblemNamingLine3AndWritesNothing()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var bytes = Encoding.UTF8.GetBytes(Header + "\n사무관리비,운영,1,0\n사무관리비,").Concat(new byte[] { 0xB0, 0xA1 }).Concat(",1,0\n"u8.ToArray()).ToArray();

        var (status, code, body) = await UploadAsync(staff, Csv(bytes));

        Assert.Equal((HttpStatusCode.BadRequest, "budget.file.encoding"), (status, code));
        Assert.Contains("lines[3]", body, StringComparison.Ordinal);
        Assert.Contains("3행", body, StringComparison.Ordinal);
        Assert.Equal((0, 0), await StateAsync(app));
    }

    [Fact]
    public async Task Upload_NotTextCsvOrByAnotherRole_IsRefusedAndWritesNothing()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        using var monitor = app.CreateMonitorClient(await app.AddMonitorAsync());
        var file = Header + "\n사무관리비,운영,1,0\n";

        var json = await UploadAsync(staff, Csv(Encoding.UTF8.GetBytes(file), "application/json"));
        var forbidden = await UploadAsync(monitor, Csv(file));

        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "budget.file.content_type"), (json.Status, json.Code));
        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (forbidden.Status, forbidden.Code));
        Assert.Equal(0, (await StateAsync(app)).Lines);
    }
}
