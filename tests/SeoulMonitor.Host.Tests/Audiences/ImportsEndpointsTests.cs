using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Audiences;

public sealed class ImportsEndpointsTests
{
    private const string Csv =
        "email,mobile,province,district,lists,channel,consented_at,evidence,trait:age_band\r\n" +
        "kim@example.kr,010-2345-6789,서울특별시,종로구,sibo,,2025-06-01T10:00,form-1,30s\r\n" +
        "bad-address,,,,sibo,,2025-06-01,form-2,\r\n" +
        "lee@example.kr,,,,nosuch,,2025-06-01,form-3,\r\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_SmallFile_Returns201AndRunAndReportCsvAndList()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();
        await AddListAsync(app);

        var response = await client.PostAsync(new Uri("/api/imports", UriKind.Relative), Upload(Csv), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = run.GetProperty("id").GetString();
        Assert.Equal($"/api/imports/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal((3, 1, 2), (run.GetProperty("rowsTotal").GetInt32(), run.GetProperty("rowsLoaded").GetInt32(), run.GetProperty("rowsRejected").GetInt32()));
        Assert.Equal("people.csv", run.GetProperty("fileName").GetString());
        var fetched = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/imports/{id}", UriKind.Relative), Ct);
        Assert.Equal(["subscriber.email.invalid", "import.lists.unknown"], fetched.GetProperty("sampleProblems").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        var report = await client.GetAsync(new Uri($"/api/imports/{id}/report.csv", UriKind.Relative), Ct);
        Assert.Equal("text/csv", report.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await report.Content.ReadAsByteArrayAsync(Ct));
        Assert.StartsWith("\uFEFFline,column,code,message,message_ko\r\n3,email,subscriber.email.invalid,", text, StringComparison.Ordinal);
        var list = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/imports?take=10", UriKind.Relative), Ct);
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Upload_NoFile_Returns400ImportFileRequired()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();

        await AssertProblemAsync(await client.PostAsync(new Uri("/api/imports", UriKind.Relative), new MultipartFormDataContent(), Ct), HttpStatusCode.BadRequest, "import.file.required");
        await AssertProblemAsync(await client.PostAsync(new Uri("/api/imports", UriKind.Relative), JsonContent.Create(new { }), Ct), HttpStatusCode.BadRequest, "import.file.required");
    }

    [Fact]
    public async Task Upload_BadHeader_Returns400WithCode()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();

        var response = await client.PostAsync(new Uri("/api/imports", UriKind.Relative), Upload("email,name\r\na@example.kr,Kim\r\n"), Ct);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "import.header.unknown_column");
    }

    [Fact]
    public async Task Upload_LargerThanLimit_Returns413()
    {
        await using var app = new SeoulMonitorApplication();
        await using var limited = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.PostConfigure<SeoulMonitorCoreOptions>(o => o.Audiences.Imports.MaxBytes = 64)));
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = app.CreateStaffClient().DefaultRequestHeaders.Authorization;

        var response = await client.PostAsync(new Uri("/api/imports", UriKind.Relative), Upload(Csv), Ct);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "import.file.too_large");
    }

    [Fact]
    public async Task Get_UnknownRun_Returns404()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();

        await AssertProblemAsync(await client.GetAsync(new Uri($"/api/imports/{Guid.NewGuid()}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "import.not_found");
        await AssertProblemAsync(await client.GetAsync(new Uri($"/api/imports/{Guid.NewGuid()}/report.csv", UriKind.Relative), Ct), HttpStatusCode.NotFound, "import.not_found");
        await AssertProblemAsync(await client.GetAsync(new Uri("/api/imports?take=101", UriKind.Relative), Ct), HttpStatusCode.BadRequest, "import.paging.invalid");
    }

    private static MultipartFormDataContent Upload(string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "people.csv" } };
    }

    private static async Task AddListAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var list = new MailingList { Id = Guid.NewGuid(), Key = "sibo", NameKo = "서울시보", NameEn = "Seoul Sibo", Kind = ListKind.Newsletter, Regime = ConsentRegime.PolicyCustomer, CreatedAt = app.Time.GetUtcNow() };
        db.Add(list);
        db.Add(new ListConsentNotice { Id = Guid.NewGuid(), ListId = list.Id, Version = 1, Purpose = "p", Items = "i", Retention = "r", RightToRefuse = "x", Consequence = "c", PublishedAt = app.Time.GetUtcNow() });
        await db.SaveChangesAsync(Ct);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.True(problem.RootElement.TryGetProperty("detail_ko", out _));
    }
}
