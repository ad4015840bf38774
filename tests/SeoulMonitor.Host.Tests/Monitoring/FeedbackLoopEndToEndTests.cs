using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Host.Tests.Monitors;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>
/// The whole feedback loop (환류) through the HTTP API of the real host, on its fake clock: demand → screening → task
/// → form → recruitment → field submissions → review → consolidation → findings → the department's answers → close,
/// reports and yearly statistics. Monitors become members through the application endpoints; everything after that
/// is HTTP only. Each step checks the state and the notices it queued (kind and recipient).
/// </summary>
public sealed class FeedbackLoopEndToEndTests
{
    private const string Department = "보행친화도시과";
    private const string DepartmentEmail = "walk@seoul.go.kr";
    private const string OtherDepartment = "교통정책과";
    private const string Title = "보행 환경 모니터링";
    private const string ReturnReason = "사진이 흐립니다. 보도 턱이 보이게 다시 찍어 주세요";
    private const string DeclineReason = "단속 권한이 자치구에 있어 반영할 수 없습니다";

    private static readonly object FormV1 = new
    {
        questions = new object[]
        {
            new { key = "safety", kind = "rating", label = "보행 안전", required = true, scaleMin = 1, scaleMax = 5 },
            new { key = "problem", kind = "singleChoice", label = "주요 문제", choices = new[] { "단차", "불법 주차", "조명" } },
            new { key = "opinion", kind = "longText", label = "의견", maxLength = 2000 },
            new { key = "photo", kind = "photo", label = "현장 사진", maxPhotos = 2 },
            new { key = "place", kind = "location", label = "점검 위치" },
        },
    };

    private static readonly object FormV2 = new
    {
        questions = new object[]
        {
            new { key = "safety", kind = "rating", label = "보행 안전도", required = true, scaleMin = 1, scaleMax = 5 },
            new { key = "problem", kind = "singleChoice", label = "주요 문제", choices = new[] { "단차", "불법 주차", "조명" } },
            new { key = "opinion", kind = "longText", label = "의견", maxLength = 2000 },
            new { key = "photo", kind = "photo", label = "현장 사진", maxPhotos = 2 },
            new { key = "place", kind = "location", label = "점검 위치" },
            new { key = "suggestion", kind = "shortText", label = "개선 제안", maxLength = 100 },
        },
    };

    [Fact]
    public async Task FeedbackLoop_DemandToReflection_EveryStepOverHttpWithItsNotices()
    {
        await using var app = new SeoulMonitorApplication();
        var outbox = new FeedbackLoopApi(app);
        var t0 = app.Time.GetUtcNow();
        using var staff = app.CreateStaffClient();
        using var department = app.CreateDepartmentClient(Department);
        using var stranger = app.CreateDepartmentClient(OtherDepartment);

        // Monitors join through the application endpoints (district 마포구, e-mail citizenN@example.com).
        var notice = await MonitorApi.PublishNoticeAsync(app);
        var monitors = new List<Guid>();
        for (var n = 1; n <= 5; n++)
        {
            monitors.Add(await MonitorApi.MemberAsync(app, notice.Id, n));
        }

        var phones = monitors.Select(app.CreateMonitorClient).ToList();
        static string Email(int n) => $"citizen{n}@example.com";
        await outbox.NewNoticesAsync();

        // Departments, demand, screening.
        Assert.Equal(HttpStatusCode.Created, (await staff.PostJsonAsync("/api/departments", new { name = Department, contactEmail = DepartmentEmail })).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostJsonAsync("/api/departments", new { name = OtherDepartment, contactEmail = "traffic@seoul.go.kr" })).Response.StatusCode);
        var (submitted, demand) = await department.PostJsonAsync("/api/demands", new
        {
            title = Title, purpose = "보도 턱과 불법 주차로 인한 보행 불편을 점검합니다", sites = "마포구 일대", periodStart = "2026-03-12", periodEnd = "2026-03-31",
            headcount = 3, requirements = "마포구 거주 모니터",
        });
        Assert.Equal((HttpStatusCode.Created, "Submitted", "Department"), (submitted.StatusCode, Str(demand, "state"), Str(demand, "source")));
        var demandId = Str(demand, "id");
        Assert.Empty(await outbox.NewNoticesAsync());

        var (_, returned) = await staff.PostJsonAsync($"/api/demands/{demandId}/return", new { reason = "점검 구간을 구체적으로 적어 주세요" });
        Assert.Equal(("ReturnedForInfo", "점검 구간을 구체적으로 적어 주세요"), (Str(returned, "state"), Str(returned, "stateReason")));
        var screening = Assert.Single(await outbox.NewNoticesAsync());
        Assert.Equal((MonitoringNoticeKinds.Screening, DepartmentEmail), (screening.Kind, screening.To));
        Assert.Contains("점검 구간을 구체적으로 적어 주세요", screening.Body, StringComparison.Ordinal);

        var (resubmitted, revised) = await department.PostJsonAsync($"/api/demands/{demandId}/resubmit", new { sites = "마포구 월드컵로 1~3구간" });
        Assert.Equal((HttpStatusCode.OK, "Submitted", "마포구 월드컵로 1~3구간"), (resubmitted.StatusCode, Str(revised, "state"), Str(revised, "sites")));
        Assert.Empty(await outbox.NewNoticesAsync());
        var (_, selected) = await staff.PostJsonAsync($"/api/demands/{demandId}/select");
        Assert.Equal("Selected", Str(selected, "state"));
        Assert.Equal([(MonitoringNoticeKinds.Screening, DepartmentEmail)], await outbox.NewNoticePairsAsync());

        // The task, its form, recruitment.
        var (created, task) = await staff.PostJsonAsync("/api/tasks", new
        {
            demandId, capacity = 3, selectionMethod = "FirstComeFirstServed", eligibleDistricts = new[] { "마포구" },
            recruitmentOpensAt = Iso(t0.AddDays(1)), recruitmentClosesAt = Iso(t0.AddDays(8)), fieldworkOpensAt = Iso(t0.AddDays(10)), fieldworkClosesAt = Iso(t0.AddDays(30)),
        });
        Assert.Equal((HttpStatusCode.Created, "Planned", Department, Title), (created.StatusCode, Str(task, "state"), Str(task, "department"), Str(task, "title")));
        var taskId = Guid.Parse(Str(task, "id"));
        var (_, demandAfter) = await department.GetJsonAsync($"/api/demands/{demandId}");
        Assert.Equal(taskId.ToString("D"), Str(demandAfter, "taskId"));
        var (published, v1) = await staff.PostJsonAsync($"/api/tasks/{taskId}/forms", FormV1);
        Assert.Equal((HttpStatusCode.Created, 1), (published.StatusCode, v1.GetProperty("number").GetInt32()));
        Assert.Equal("RecruitmentOpen", Str((await staff.PostJsonAsync($"/api/tasks/{taskId}/open-recruitment")).Body, "state"));

        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        var applied = new List<JsonElement>();
        foreach (var phone in phones)
        {
            var (response, participation) = await phone.PostJsonAsync($"/api/tasks/{taskId}/applications");
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            applied.Add(participation);
        }

        Assert.Equal(["Selected", "Selected", "Selected", "Waitlisted", "Waitlisted"], applied.Select(p => Str(p, "state")));
        Assert.Equal((1, 2), (applied[3].GetProperty("waitlistPosition").GetInt32(), applied[4].GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal(Enumerable.Range(1, 5).Select(n => (MonitoringNoticeKinds.Recruitment, Email(n))).Order(), await outbox.NewNoticePairsAsync());

        var (withdrew, withdrawal) = await phones[1].PostJsonAsync($"/api/tasks/{taskId}/applications/withdraw");
        Assert.Equal((HttpStatusCode.OK, "Withdrawn"), (withdrew.StatusCode, Str(withdrawal, "state")));
        var promoted = Assert.Single(await outbox.NewNoticesAsync());
        Assert.Equal((MonitoringNoticeKinds.Recruitment, Email(4)), (promoted.Kind, promoted.To));
        Assert.Contains("대기에서 선정", promoted.Subject, StringComparison.Ordinal);
        Assert.Equal("Selected", Str((await phones[3].GetJsonAsync("/api/my/participations")).Body[0].GetProperty("participation"), "state"));

        app.Time.Advance(TimeSpan.FromDays(7));
        var (_, counts) = await staff.PostJsonAsync($"/api/tasks/{taskId}/close-recruitment");
        Assert.Equal(("RecruitmentClosed", 3, 1, 1), (Str(counts, "taskState"), counts.GetProperty("selected").GetInt32(), counts.GetProperty("waitlisted").GetInt32(), counts.GetProperty("withdrawn").GetInt32()));
        Assert.Empty(await outbox.NewNoticesAsync());

        // Fieldwork: submissions from the phones of the three selected monitors (1, 3 and 4).
        app.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal("FieldworkOpen", Str((await staff.PostJsonAsync($"/api/tasks/{taskId}/open-fieldwork")).Body, "state"));
        var retried = Answer(app, Guid.NewGuid(), 1, 5, "단차", "월드컵로 횡단보도 앞 보도 턱이 높아 휠체어가 지나가기 어렵습니다");
        var first = await FeedbackLoopApi.SubmitAsync(phones[0], taskId, retried, FeedbackLoopApi.Jpeg);
        var second = await FeedbackLoopApi.SubmitAsync(phones[0], taskId, retried, FeedbackLoopApi.Jpeg);
        var third = await FeedbackLoopApi.SubmitAsync(phones[0], taskId, retried, FeedbackLoopApi.Jpeg);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (first.Response.StatusCode, second.Response.StatusCode, third.Response.StatusCode));
        Assert.Equal((true, true), (second.Body.GetProperty("replayed").GetBoolean(), Str(second.Body, "id") == Str(first.Body, "id") && Str(third.Body, "id") == Str(first.Body, "id")));
        var s1 = Str(first.Body, "id");
        var s3 = await SubmitOkAsync(phones[2], taskId, Answer(app, Guid.NewGuid(), 1, 4, "불법 주차", "보도 위 불법 주차 차량 때문에 차도로 걸어야 합니다"), FeedbackLoopApi.Png);
        var s4 = await SubmitOkAsync(phones[3], taskId, Answer(app, Guid.NewGuid(), 1, 2, "단차", "보도 블록이 깨져 있습니다"), FeedbackLoopApi.Jpeg);
        Assert.Single((await phones[0].GetJsonAsync("/api/my/submissions")).Body.EnumerateArray());
        Assert.Empty(await outbox.NewNoticesAsync());

        // Review: two approved, one returned with a reason; the monitor resubmits and is approved.
        Assert.Equal("Approved", Str((await staff.PostJsonAsync($"/api/submissions/{s1}/approve")).Body, "state"));
        Assert.Equal("Approved", Str((await staff.PostJsonAsync($"/api/submissions/{s3}/approve")).Body, "state"));
        var (_, returnedSubmission) = await staff.PostJsonAsync($"/api/submissions/{s4}/return", new { reason = ReturnReason });
        Assert.Equal(("Returned", ReturnReason), (Str(returnedSubmission, "state"), Str(returnedSubmission, "reviewReason")));
        var reviews = await outbox.NewNoticesAsync();
        Assert.Equal([(MonitoringNoticeKinds.Review, Email(1)), (MonitoringNoticeKinds.Review, Email(3)), (MonitoringNoticeKinds.Review, Email(4))], reviews.Select(n => (n.Kind, n.To)));
        Assert.Contains(ReturnReason, reviews[2].Body, StringComparison.Ordinal);
        var s4b = await SubmitOkAsync(phones[3], taskId, Answer(app, Guid.NewGuid(), 1, 3, "단차", "다시 찍었습니다. 보도 턱 높이가 약 15cm입니다", supersedesId: s4), FeedbackLoopApi.Jpeg);
        var (_, history) = await phones[3].GetJsonAsync($"/api/submissions/{s4b}");
        Assert.Equal((2, "Superseded"), (history.GetProperty("submission").GetProperty("revision").GetInt32(), Str(history.GetProperty("revisions")[0], "state")));
        Assert.Equal("Approved", Str((await staff.PostJsonAsync($"/api/submissions/{s4b}/approve")).Body, "state"));
        Assert.Equal([(MonitoringNoticeKinds.Review, Email(4))], await outbox.NewNoticePairsAsync());

        // Form v2 mid-fieldwork; a submission made on v2.
        var (publishedV2, v2) = await staff.PostJsonAsync($"/api/tasks/{taskId}/forms", FormV2);
        Assert.Equal((HttpStatusCode.Created, 2), (publishedV2.StatusCode, v2.GetProperty("number").GetInt32()));
        var s3v2 = await SubmitOkAsync(phones[2], taskId, Answer(app, Guid.NewGuid(), 2, 4, "조명", "밤에 가로등이 꺼져 있어 어둡습니다", suggestion: "가로등 교체"));
        Assert.Equal(2, (await phones[2].GetJsonAsync($"/api/submissions/{s3v2}")).Body.GetProperty("submission").GetProperty("formVersion").GetInt32());
        Assert.Equal("Approved", Str((await staff.PostJsonAsync($"/api/submissions/{s3v2}/approve")).Body, "state"));
        Assert.Equal([(MonitoringNoticeKinds.Review, Email(3))], await outbox.NewNoticePairsAsync());

        // Fieldwork closes: the monitor still waiting is not selected; consolidation starts.
        app.Time.Advance(TimeSpan.FromDays(20));
        var (_, afterFieldwork) = await FeedbackLoopApi.SubmitAsync(phones[0], taskId, Answer(app, Guid.NewGuid(), 2, 5, "단차", "늦은 제출"));
        Assert.Equal("submission.fieldwork_closed", afterFieldwork.Code());
        Assert.Equal("FieldworkClosed", Str((await staff.PostJsonAsync($"/api/tasks/{taskId}/close-fieldwork")).Body, "state"));
        Assert.Equal([(MonitoringNoticeKinds.Recruitment, Email(5))], await outbox.NewNoticePairsAsync());
        Assert.Equal("NotSelected", Str((await phones[4].GetJsonAsync("/api/my/participations")).Body[0].GetProperty("participation"), "state"));
        Assert.Equal("Consolidating", Str((await staff.PostJsonAsync($"/api/tasks/{taskId}/start-consolidation")).Body, "state"));

        // Statistics per question over the four approved submissions (v1 and v2, matched by key).
        var (_, stats) = await department.GetJsonAsync($"/api/tasks/{taskId}/statistics");
        Assert.Equal((4, 3), (stats.GetProperty("approvedSubmissions").GetInt32(), stats.GetProperty("contributors").GetInt32()));
        var safety = Question(stats, "safety");
        Assert.Equal((4, 4.0, "보행 안전도"), (safety.GetProperty("answered").GetInt32(), safety.GetProperty("mean").GetDouble(), Str(safety, "label")));
        Assert.Equal([(3, 1), (4, 2), (5, 1)], safety.GetProperty("distribution").EnumerateArray().Select(v => (v.GetProperty("value").GetInt32(), v.GetProperty("count").GetInt32())).Where(v => v.Item2 > 0));
        Assert.Equal(
            [("단차", 2), ("불법 주차", 1), ("조명", 1)],
            Question(stats, "problem").GetProperty("choices").EnumerateArray().Select(c => (Str(c, "choice"), c.GetProperty("count").GetInt32())).OrderBy(c => c.Item1, StringComparer.Ordinal));
        Assert.Equal(3, Question(stats, "photo").GetProperty("photos").GetInt32());
        Assert.Equal(1, Question(stats, "suggestion").GetProperty("answered").GetInt32());

        // Findings from the submissions: one from monitors 1 and 3 (three submissions), one from monitors 4 and 1.
        var (_, f1) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings", new { title = "보도 턱 개선", summary = "보도 턱이 높고 어둡다는 의견", sourceSubmissionIds = new[] { s1, s3, s3v2 } });
        var (_, f2) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings", new { title = "보도 블록 보수", summary = "깨진 보도 블록", sourceSubmissionIds = new[] { s4b, s1 } });
        var (f1Id, f2Id) = (Str(f1, "id"), Str(f2, "id"));
        var (quoted, _) = await staff.PostJsonAsync($"/api/findings/{f1Id}/quotes", new { submissionId = s3, text = "보도 위 불법 주차 차량 때문에 차도로 걸어야 합니다" });
        Assert.Equal(HttpStatusCode.OK, quoted.StatusCode);
        var photoId = Str((await staff.GetJsonAsync($"/api/submissions/{s1}?purpose=발견사항%20정리")).Body.GetProperty("submission").GetProperty("photos")[0], "id");
        Assert.Equal(HttpStatusCode.OK, (await staff.PostJsonAsync($"/api/findings/{f1Id}/photos", new { photoId })).Response.StatusCode);
        Assert.Empty(await outbox.NewNoticesAsync());

        var (sent, sentViews) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings/send", new { findingIds = new[] { f1Id, f2Id } });
        Assert.Equal((HttpStatusCode.OK, 2), (sent.StatusCode, sentViews.GetArrayLength()));
        Assert.Equal("ReportedToDepartment", Str((await staff.GetJsonAsync($"/api/tasks/{taskId}")).Body, "state"));
        Assert.Equal(FeedbackLoopApi.Jpeg, await FeedbackLoopApi.DownloadAsync(department, $"/api/findings/{f1Id}/photos/{photoId}"));
        Assert.Equal(
            new[] { (MonitoringNoticeKinds.FindingsSent, DepartmentEmail), (MonitoringNoticeKinds.FindingUpdate, Email(1)), (MonitoringNoticeKinds.FindingUpdate, Email(1)),
                (MonitoringNoticeKinds.FindingUpdate, Email(3)), (MonitoringNoticeKinds.FindingUpdate, Email(4)) }.Order(),
            await outbox.NewNoticePairsAsync());

        // The department answers: every change tells each distinct contributor exactly once.
        app.Time.Advance(TimeSpan.FromDays(2));
        string[] f1People = [Email(1), Email(3)], f2People = [Email(1), Email(4)];
        await AnswerAsync(department, outbox, $"/api/findings/{f1Id}/acknowledge", null, "Acknowledged", f1People);
        await AnswerAsync(department, outbox, $"/api/findings/{f2Id}/acknowledge", null, "Acknowledged", f2People);
        await AnswerAsync(department, outbox, $"/api/findings/{f1Id}/progress", new { percent = 50, expectedDate = "2026-06-30", note = "설계 중" }, "InProgress", f1People);
        app.Time.Advance(TimeSpan.FromDays(3));
        await AnswerAsync(department, outbox, $"/api/findings/{f1Id}/reflect", new { response = "보도 턱을 낮추고 가로등을 교체했습니다" }, "Reflected", f1People);
        var (noReason, noReasonProblem) = await department.PostJsonAsync($"/api/findings/{f2Id}/decline", new { reason = " " });
        Assert.Equal((HttpStatusCode.BadRequest, "finding.reason_required"), (noReason.StatusCode, noReasonProblem.Code()));
        Assert.Empty(await outbox.NewNoticesAsync());
        await AnswerAsync(department, outbox, $"/api/findings/{f2Id}/decline", new { reason = DeclineReason }, "NotReflected", f2People);

        Assert.Equal("Closed", Str((await staff.PostJsonAsync($"/api/tasks/{taskId}/close")).Body, "state"));
        await AssertReportsAsync(department, taskId);
        await AssertYearlyStatisticsAsync(staff);
        await AssertEachSeesOnlyTheirOwnAsync(phones, monitors, taskId, f1Id, f2Id);
        await AssertOtherDepartmentSeesNothingAsync(stranger, department, taskId, demandId, f1Id);

        await AssertAuditTrailAsync(staff, "task_demand", demandId, "Submit", "ReturnForInfo", "Resubmit", "Select");
        await AssertAuditTrailAsync(
            staff, "monitoring_task", taskId.ToString("D"),
            "Create", "OpenRecruitment", "CloseRecruitment", "OpenFieldwork", "CloseFieldwork", "StartConsolidation", "ReportToDepartment", "Close");
        await AssertAuditTrailAsync(staff, "finding", f1Id, "Draft", "Send", "Acknowledge", "Progress", "Reflect");
        await AssertAuditTrailAsync(staff, "finding", f2Id, "Draft", "Send", "Acknowledge", "Decline");
        await AssertAuditTrailAsync(staff, "field_submission", s4, "Receive", "Return", "Supersede");
        await AssertNoticesCarryNoOneElsesDataAsync(outbox);
        var (verified, verification) = await staff.GetJsonAsync("/api/audit/verify");
        Assert.Equal((HttpStatusCode.OK, true), (verified.StatusCode, verification.GetProperty("isIntact").GetBoolean()));
        foreach (var phone in phones)
        {
            phone.Dispose();
        }

        await app.RemoveFilesAsync(FeedbackLoopApi.Sha256(FeedbackLoopApi.Jpeg), FeedbackLoopApi.Sha256(FeedbackLoopApi.Png));
    }

    /// <summary>Each notice names no monitor but its recipient (departments: none): names, e-mails and mobiles of the applicants.</summary>
    private static async Task AssertNoticesCarryNoOneElsesDataAsync(FeedbackLoopApi outbox)
    {
        var notices = await outbox.AllNoticesAsync();
        Assert.Equal(29, notices.Count); // 2 screening, 7 recruitment, 5 review, 1 findings sent, 14 finding updates
        foreach (var notice in notices)
        {
            var text = notice.Subject + "\n" + notice.Body;
            foreach (var n in Enumerable.Range(1, 5).Where(n => $"citizen{n}@example.com" != notice.To))
            {
                string[] personal = [$"박시민{n}", $"citizen{n}@example.com", $"{3000 + n:D4}-{4000 + n:D4}", $"{3000 + n:D4}{4000 + n:D4}"];
                Assert.All(personal, p => Assert.DoesNotContain(p, text, StringComparison.Ordinal));
            }
        }
    }

    private static async Task AssertAuditTrailAsync(HttpClient staff, string entityType, string entityId, params string[] events)
    {
        var (_, entries) = await staff.GetJsonAsync($"/api/audit?entityType={entityType}&entityId={entityId}");
        Assert.Equal(events, entries.EnumerateArray().Select(e => Str(e, "event")));
    }

    private static async Task AnswerAsync(HttpClient department, FeedbackLoopApi outbox, string url, object? body, string state, string[] contributors)
    {
        var (response, view) = await department.PostJsonAsync(url, body);
        Assert.Equal((HttpStatusCode.OK, state), (response.StatusCode, Str(view, "state")));
        Assert.Equal(contributors.Select(c => (MonitoringNoticeKinds.FindingUpdate, c)).Order(), await outbox.NewNoticePairsAsync());
    }

    private static async Task AssertReportsAsync(HttpClient department, Guid taskId)
    {
        var csv = Encoding.UTF8.GetString(await FeedbackLoopApi.DownloadAsync(department, $"/api/tasks/{taskId}/report.csv"));
        foreach (var korean in new[] { Title, Department, "보도 턱 개선", "보도 블록 보수", "반영 완료", DeclineReason, "보행 안전도" })
        {
            Assert.Contains(korean, csv, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("박시민", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.com", csv, StringComparison.Ordinal);
        using var xlsx = new ZipArchive(new MemoryStream(await FeedbackLoopApi.DownloadAsync(department, $"/api/tasks/{taskId}/report.xlsx")));
        var text = new StringBuilder();
        foreach (var entry in xlsx.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        Assert.Contains(Title, text.ToString(), StringComparison.Ordinal);
        Assert.Contains(DeclineReason, text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("박시민", text.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertYearlyStatisticsAsync(HttpClient staff)
    {
        var (response, report) = await staff.GetJsonAsync("/api/statistics/yearly?from=2026&to=2026");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var year = Assert.Single(report.GetProperty("years").EnumerateArray());
        Assert.Equal((2026, 1, 3), (year.GetProperty("year").GetInt32(), year.GetProperty("tasks").GetInt32(), year.GetProperty("participants").GetInt32()));
        var submissions = year.GetProperty("submissions");
        Assert.Equal((4, 1, 0.8), (submissions.GetProperty("approved").GetInt32(), submissions.GetProperty("returned").GetInt32(), submissions.GetProperty("approvalRate").GetDouble()));
        var findings = year.GetProperty("findings");
        Assert.Equal((2, 2, 1, 1), (findings.GetProperty("sent").GetInt32(), findings.GetProperty("answered").GetInt32(), findings.GetProperty("reflected").GetInt32(), findings.GetProperty("notReflected").GetInt32()));
        Assert.Equal(0.5, findings.GetProperty("reflectionRateOfAnswered").GetDouble());
        var acknowledgement = findings.GetProperty("acknowledgement");
        Assert.Equal((2, 2.0), (acknowledgement.GetProperty("count").GetInt32(), acknowledgement.GetProperty("meanDays").GetDouble()));
        Assert.Equal(2, findings.GetProperty("answer").GetProperty("count").GetInt32());
    }

    private static async Task AssertEachSeesOnlyTheirOwnAsync(List<HttpClient> phones, List<Guid> monitors, Guid taskId, string f1Id, string f2Id)
    {
        int[] submissionCounts = [1, 0, 2, 2, 0];
        string[][] findingIds = [[f1Id, f2Id], [], [f1Id], [f2Id], []];
        for (var i = 0; i < phones.Count; i++)
        {
            var own = monitors[i].ToString("D");
            var participation = Assert.Single((await phones[i].GetJsonAsync("/api/my/participations")).Body.EnumerateArray()).GetProperty("participation");
            Assert.Equal((own, taskId.ToString("D")), (Str(participation, "monitorId"), Str(participation, "taskId")));
            var submissions = (await phones[i].GetJsonAsync("/api/my/submissions")).Body;
            Assert.Equal(submissionCounts[i], submissions.GetArrayLength());
            Assert.All(submissions.EnumerateArray(), s => Assert.Equal(own, Str(s, "monitorId")));
            var findings = (await phones[i].GetJsonAsync("/api/my/findings")).Body;
            Assert.Equal(findingIds[i].Order(), findings.EnumerateArray().Select(f => Str(f, "id")).Order());
        }

        var (_, mine) = await phones[0].GetJsonAsync("/api/my/findings");
        Assert.Equal("Reflected", Str(mine.EnumerateArray().Single(f => Str(f, "id") == f1Id), "state"));
        var (foreign, _) = await phones[1].GetJsonAsync($"/api/submissions/{Str((await phones[0].GetJsonAsync("/api/my/submissions")).Body[0], "id")}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private static async Task AssertOtherDepartmentSeesNothingAsync(HttpClient stranger, HttpClient department, Guid taskId, string demandId, string findingId)
    {
        string[] urls =
        [
            $"/api/tasks/{taskId}", $"/api/tasks/{taskId}/findings", $"/api/findings/{findingId}", $"/api/demands/{demandId}", $"/api/tasks/{taskId}/statistics",
            $"/api/tasks/{taskId}/recruitment", $"/api/tasks/{taskId}/report.csv", $"/api/tasks/{taskId}/report.xlsx", $"/api/tasks/{taskId}/forms",
        ];
        foreach (var url in urls)
        {
            var response = await stranger.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound, $"{url} answered {response.StatusCode} to another department");
            Assert.DoesNotContain(Title, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await stranger.GetJsonAsync("/api/department/findings")).Body.GetArrayLength());
        Assert.Equal(0, (await stranger.GetJsonAsync("/api/tasks")).Body.GetArrayLength());
        var (_, inbox) = await department.GetJsonAsync("/api/department/findings");
        Assert.Equal(2, inbox.GetArrayLength());
        Assert.DoesNotContain("@example.com", inbox.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("박시민", inbox.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<string> SubmitOkAsync(HttpClient phone, Guid taskId, object submission, params byte[][] photos)
    {
        var (response, receipt) = await FeedbackLoopApi.SubmitAsync(phone, taskId, submission, photos);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {receipt.GetRawText()}");
        return Str(receipt, "id");
    }

    private static object Answer(
        SeoulMonitorApplication app, Guid clientId, int formVersion, int safety, string problem, string opinion, Guid? supersedesId = null, string? suggestion = null)
    {
        var place = new { latitude = 37.5563, longitude = 126.9220, accuracy = 6.5 };
        object answers = suggestion is null
            ? new { safety, problem, opinion, place }
            : new { safety, problem, opinion, place, suggestion };
        return new
        {
            clientId, formVersion, answers, capturedAt = app.Time.GetUtcNow().AddMinutes(-20).ToOffset(TimeSpan.FromHours(9)),
            latitude = 37.5563, longitude = 126.9220, accuracyMeters = 6.5, supersedesId,
        };
    }

    private static object Answer(SeoulMonitorApplication app, Guid clientId, int formVersion, int safety, string problem, string opinion, string supersedesId) =>
        Answer(app, clientId, formVersion, safety, problem, opinion, Guid.Parse(supersedesId));

    private static JsonElement Question(JsonElement statistics, string key) =>
        statistics.GetProperty("questions").EnumerateArray().Single(q => Str(q, "key") == key);

    private static string Iso(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    private static string Str(JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
