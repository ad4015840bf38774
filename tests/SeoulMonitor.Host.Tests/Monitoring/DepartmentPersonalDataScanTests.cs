using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>
/// The personal-data scan (G11): monitors with distinctive names, e-mails, mobiles and home addresses (repeated in
/// their answers) go through the loop to findings sent and answered; then every department-facing endpoint, both
/// report formats (every part of the XLSX) and every notice to the department are scanned for those strings and for
/// the monitors' and submissions' ids. The list of department-facing endpoints must cover every endpoint the
/// authorization rules open to the department role (public endpoints aside), so a new endpoint cannot escape the scan.
/// </summary>
public sealed class DepartmentPersonalDataScanTests
{
    /// <summary>Every department-facing endpoint, in the order the scan calls them (answers change state).</summary>
    private static readonly (string Method, string Route)[] DepartmentFacing =
    [
        ("GET", "/api/tasks/{id:guid}/statistics"),
        ("GET", "/api/tasks/{id:guid}/findings"),
        ("GET", "/api/findings/{id:guid}"),
        ("GET", "/api/findings/{id:guid}/photos/{photoId:guid}"),
        ("POST", "/api/findings/{id:guid}/acknowledge"),
        ("POST", "/api/findings/{id:guid}/accept"),
        ("POST", "/api/findings/{id:guid}/progress"),
        ("POST", "/api/findings/{id:guid}/defer-long-term"),
        ("POST", "/api/findings/{id:guid}/reflect-partially"),
        ("POST", "/api/findings/{id:guid}/decline"),
        ("POST", "/api/findings/{id:guid}/reflect"),
        ("GET", "/api/department/findings"),
        ("GET", "/api/tasks/{id:guid}/report.csv"),
        ("GET", "/api/tasks/{id:guid}/report.xlsx"),
        ("GET", "/api/tasks"),
        ("GET", "/api/tasks/{id:guid}"),
        ("GET", "/api/tasks/{id:guid}/forms"),
        ("GET", "/api/tasks/{id:guid}/forms/{number:int}"),
        ("GET", "/api/tasks/{id:guid}/recruitment"),
        ("GET", "/api/statistics/yearly"),
        ("GET", "/api/departments/mine"),
        ("GET", "/api/demand-rounds"),
        ("POST", "/api/demands"),
        ("GET", "/api/demands"),
        ("GET", "/api/demands/{id:guid}"),
        ("POST", "/api/demands/{id:guid}/resubmit"),
        ("POST", "/api/demands/{id:guid}/withdraw"),
    ];

    /// <summary>The photo attached to a finding (content of this test only: the file store is content-addressed and shared).</summary>
    private static readonly byte[] ScanPhoto = [.. FeedbackLoopApi.Png, .. "personal-data-scan"u8];

    [Fact]
    public void DepartmentFacing_CoversEveryEndpointTheRulesOpenToDepartments()
    {
        // Public endpoints (open to anonymous callers too) are the citizens' own and are not department-facing.
        var open = EndpointRuleCatalog.All.Select(r => r.Rule)
            .Where(r => r.Allowed.Contains(Callers.Department) && !r.Allowed.Contains(Callers.Anonymous))
            .Select(r => (r.Method, r.Route)).ToList();

        var missing = open.Except(DepartmentFacing).ToList();

        Assert.True(missing.Count == 0, "Add these department-facing endpoints to the personal-data scan: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryDepartmentOutput_AfterTheLoop_ContainsNoPersonalData()
    {
        await using var app = new SeoulMonitorApplication();
        var (taskId, people) = await FindingsHostArrange.SeedAsync(app);
        using var staff = app.CreateStaffClient();
        using var department = app.CreateDepartmentClient(FindingsHostArrange.Department);
        var findings = new List<string>();
        foreach (var sources in new[] { new[] { people[0].Submissions[0], people[1].Submissions[0] }, [people[1].Submissions[1], people[2].Submissions[0]], [people[0].Submissions[1], people[2].Submissions[1]] })
        {
            var (_, draft) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings", new { title = $"보도 턱 개선 {findings.Count + 1}", summary = "보도 턱이 높아 보행이 불편하다는 의견", sourceSubmissionIds = sources });
            findings.Add(draft.GetProperty("id").GetString()!);
        }

        var (_, unsent) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings", new { title = "미통보 초안 의견", summary = "아직 부서에 보내지 않은 의견", sourceSubmissionIds = new[] { people[0].Submissions[0] } });
        var (refused, problem) = await staff.PostJsonAsync($"/api/findings/{findings[0]}/quotes", new { submissionId = people[0].Submissions[0], text = $"집 앞 턱이 높아요 ({people[0].Mobile})" });
        var (quoted, _) = await staff.PostJsonAsync($"/api/findings/{findings[0]}/quotes", new { submissionId = people[0].Submissions[0], text = "집 앞 보도 턱이 높아요" });
        var photo = await app.AddStoredPhotoAsync(people[0].Submissions[0], ScanPhoto);
        var (illustrated, _) = await staff.PostJsonAsync($"/api/findings/{findings[0]}/photos", new { photoId = photo });
        var (sent, _) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings/send", new { findingIds = findings });
        Assert.Equal((System.Net.HttpStatusCode.BadRequest, "finding.quote.personal_data"), (refused.StatusCode, problem.Code()));
        Assert.True(quoted.IsSuccessStatusCode && illustrated.IsSuccessStatusCode && sent.IsSuccessStatusCode);

        // The department's own demand, returned by staff for more information (resubmitted and withdrawn in the scan).
        var demandBody = new { title = "보도 턱 추가 점검", purpose = "보행 약자 이동 편의", sites = "종로구", periodStart = "2026-09-01", periodEnd = "2026-09-30", headcount = 20 };
        var (_, demand) = await department.PostJsonAsync("/api/demands", demandBody);
        var demandId = demand.GetProperty("id").GetString();
        var (returned, _) = await staff.PostJsonAsync($"/api/demands/{demandId}/return", new { reason = "점검 구간을 구체적으로 적어 주세요" });
        Assert.True(returned.IsSuccessStatusCode);

        var expected = app.Time.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (string Url, object? Body)[] calls =
        [
            ($"/api/tasks/{taskId}/statistics", null),
            ($"/api/tasks/{taskId}/findings", null),
            ($"/api/findings/{findings[0]}", null),
            ($"/api/findings/{findings[0]}/photos/{photo}", null),
            ($"/api/findings/{findings[0]}/acknowledge", new { }),
            ($"/api/findings/{findings[0]}/accept", new { expectedDate = expected }),
            ($"/api/findings/{findings[0]}/progress", new { percent = 40, note = "설계 중입니다" }),
            ($"/api/findings/{findings[0]}/defer-long-term", new { expectedDate = expected, note = "내년 예산에 반영 검토" }),
            ($"/api/findings/{findings[0]}/reflect-partially", new { response = "일부 구간의 턱을 낮췄습니다" }),
            ($"/api/findings/{findings[1]}/decline", new { reason = "사유지라 정비할 수 없습니다" }),
            ($"/api/findings/{findings[2]}/reflect", new { response = "턱을 모두 낮췄습니다" }),
            ("/api/department/findings", null),
            ($"/api/tasks/{taskId}/report.csv", null),
            ($"/api/tasks/{taskId}/report.xlsx", null),
            ("/api/tasks", null),
            ($"/api/tasks/{taskId}", null),
            ($"/api/tasks/{taskId}/forms", null),
            ($"/api/tasks/{taskId}/forms/1", null),
            ($"/api/tasks/{taskId}/recruitment", null),
            ("/api/statistics/yearly", null),
            ("/api/departments/mine", null),
            ("/api/demand-rounds", null),
            ("/api/demands", demandBody),
            ("/api/demands", null),
            ($"/api/demands/{demandId}", null),
            ($"/api/demands/{demandId}/resubmit", new { sites = "종로구 종로1가~6가" }),
            ($"/api/demands/{demandId}/withdraw", new { }),
        ];
        Assert.Equal(DepartmentFacing.Length, calls.Length);

        var outputs = new List<(string What, string Text)>();
        for (var i = 0; i < calls.Length; i++)
        {
            var (url, body) = calls[i];
            using var response = body is null
                ? await department.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken)
                : await department.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, TestContext.Current.CancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{DepartmentFacing[i]} → {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
            outputs.AddRange(url.EndsWith(".xlsx", StringComparison.Ordinal) ? Unzip(url, bytes) : [(url, Encoding.UTF8.GetString(bytes))]);
        }

        outputs.AddRange(await DepartmentNoticesAsync(app));
        Assert.Contains(outputs, o => o.Text.Contains("집 앞 보도 턱이 높아요", StringComparison.Ordinal));
        Assert.Contains(outputs, o => o.What.EndsWith("sheet1.xml", StringComparison.Ordinal) && o.Text.Contains("보행 환경 모니터링", StringComparison.Ordinal));
        var forbidden = people.SelectMany(p => new[]
            {
                p.Name, p.Email, p.Mobile, p.Mobile.Replace("-", "", StringComparison.Ordinal), p.Address, p.Address[^10..], p.Id.ToString("D"), p.Id.ToString("N"),
            }.Concat(p.Submissions.SelectMany(s => new[] { s.ToString("D"), s.ToString("N") })))
            .Append("미통보 초안 의견").Append(unsent.GetProperty("id").GetString()!)
            .ToList();
        var leaks = outputs.SelectMany(o => forbidden.Where(f => o.Text.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"{o.What}: {f}")).ToList();
        Assert.True(leaks.Count == 0, "Personal data reached the department: " + string.Join("; ", leaks));
        await app.RemoveFilesAsync(FeedbackLoopApi.Sha256(ScanPhoto));
    }

    private static List<(string, string)> Unzip(string url, byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var parts = new List<(string, string)>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            parts.Add(($"{url}!{entry.FullName}", reader.ReadToEnd()));
        }

        Assert.NotEmpty(parts);
        return parts;
    }

    private static async Task<List<(string, string)>> DepartmentNoticesAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var notices = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To == FindingsHostArrange.DepartmentEmail)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(notices);
        return notices.Select(m => ($"notice {m.Kind}", m.Subject + "\n" + m.TextBody)).ToList();
    }
}
