using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Submissions.SubmissionArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

/// <summary>Every refusal of a submission has its stable code and writes nothing: no row, photo, audit record, notice or file.</summary>
public sealed class SubmissionRefusalTests(SubmissionHostFixture fixture) : IClassFixture<SubmissionHostFixture>
{
    private static readonly Dictionary<string, Func<CoreTestHost, SubmissionDraft, SubmissionDraft>> Drafts = new()
    {
        ["empty client id"] = (_, d) => d with { ClientId = Guid.Empty },
        ["form version 3"] = (_, d) => d with { FormVersion = 3 },
        ["form version 0"] = (_, d) => d with { FormVersion = 0 },
        ["captured 5 min 1 s ahead"] = (h, d) => d with { CapturedAt = h.Time.GetUtcNow() + TimeSpan.FromSeconds(301) },
        ["captured before fieldwork"] = (h, d) => d with { CapturedAt = h.Time.GetUtcNow().AddDays(-2) },
        ["latitude 90.0001"] = (_, d) => d with { Latitude = 90.0001 },
        ["longitude -180.5"] = (_, d) => d with { Longitude = -180.5 },
        ["accuracy -1"] = (_, d) => d with { AccuracyMeters = -1 },
        ["accuracy above limit"] = (_, d) => d with { AccuracyMeters = SubmissionLimits.MaxAccuracyMeters + 0.1 },
        ["latitude only"] = (_, d) => d with { Longitude = null, AccuracyMeters = null },
        ["latitude NaN"] = (_, d) => d with { Latitude = double.NaN },
        ["answers array"] = (_, d) => d with { Answers = Json("[1,2]") },
        ["unknown key"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"color":"red"}""") },
        ["missing required"] = (_, d) => d with { Answers = Json("""{"facility":"양호"}""") },
        ["rating as string"] = (_, d) => d with { Answers = Json("""{"cleanliness":"4"}""") },
        ["rating fraction"] = (_, d) => d with { Answers = Json("""{"cleanliness":3.5}""") },
        ["rating 6"] = (_, d) => d with { Answers = Json("""{"cleanliness":6}""") },
        ["rating 0"] = (_, d) => d with { Answers = Json("""{"cleanliness":0}""") },
        ["not a choice"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"facility":"최고"}""") },
        ["choices not a list"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"issues":"파손"}""") },
        ["duplicate choice"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"issues":["파손","파손"]}""") },
        ["short text 21 chars"] = (_, d) => d with { Answers = Json($$"""{"cleanliness":3,"title":"{{new string('가', 21)}}"}""") },
        ["short text two lines"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"title":"첫 줄\n둘째 줄"}""") },
        ["long text 101 chars"] = (_, d) => d with { Answers = Json($$"""{"cleanliness":3,"comment":"{{new string('a', 101)}}"}""") },
        ["date without offset"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"visited":"2026-03-01T10:00:00"}""") },
        ["date only"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"visited":"2026-03-01"}""") },
        ["date 30 February"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"visited":"2026-02-30T10:00:00+09:00"}""") },
        ["location latitude 100"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"spot":{"latitude":100,"longitude":127}}""") },
        ["location missing longitude"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"spot":{"latitude":37.5}}""") },
        ["location as text"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"spot":"시청 앞"}""") },
        ["photo in answers"] = (_, d) => d with { Answers = Json("""{"cleanliness":3,"photo":"a.jpg"}""") },
        ["text named .jpg"] = (_, d) => d with { Photos = [Photo(TestImages.Text())] },
        ["executable"] = (_, d) => d with { Photos = [Photo(TestImages.Executable())] },
        ["empty file"] = (_, d) => d with { Photos = [Photo([])] },
        ["mp4 ftyp box"] = (_, d) => d with { Photos = [Photo(TestImages.Ftyp("isom", "mp41"))] },
        ["good photo then a text"] = (_, d) => d with { Photos = [Photo(TestImages.Jpeg()), Photo(TestImages.Text())] },
        ["photo 1001 bytes"] = (_, d) => d with { Photos = [Photo(TestImages.Jpeg(1001))] },
        ["three photos"] = (_, d) => d with { Photos = [Photo(TestImages.Jpeg()), Photo(TestImages.Png()), Photo(TestImages.Webp())] },
        ["photo for a text question"] = (_, d) => d with { Photos = [Photo(TestImages.Jpeg(), "comment")] },
        ["photo for no question"] = (_, d) => d with { Photos = [Photo(TestImages.Jpeg(), "../../etc/passwd")] },
        ["over the total size"] = (_, d) => d with { Photos = [.. Enumerable.Range(0, 6).Select(_ => Photo(TestImages.Jpeg((int)SubmissionLimits.MaxPhotoBytes)))] },
        ["supersedes unknown"] = (_, d) => d with { SupersedesId = Guid.NewGuid() },
    };

    public static TheoryData<string, string, string?> Cases => new()
    {
        { "empty client id", "submission.client_id.required", "clientId" },
        { "form version 3", "submission.form_version_unknown", "formVersion" },
        { "form version 0", "submission.form_version_unknown", "formVersion" },
        { "captured 5 min 1 s ahead", "submission.captured_at.invalid", "capturedAt" },
        { "captured before fieldwork", "submission.captured_at.invalid", "capturedAt" },
        { "latitude 90.0001", "submission.location.invalid", "location" },
        { "longitude -180.5", "submission.location.invalid", "location" },
        { "accuracy -1", "submission.location.invalid", "location" },
        { "accuracy above limit", "submission.location.invalid", "location" },
        { "latitude only", "submission.location.invalid", "location" },
        { "latitude NaN", "submission.location.invalid", "location" },
        { "answers array", "submission.answers.invalid", "answers" },
        { "unknown key", "submission.answer.unknown_key", "color" },
        { "missing required", "submission.answer.required", "cleanliness" },
        { "rating as string", "submission.answer.wrong_type", "cleanliness" },
        { "rating fraction", "submission.answer.wrong_type", "cleanliness" },
        { "rating 6", "submission.answer.out_of_range", "cleanliness" },
        { "rating 0", "submission.answer.out_of_range", "cleanliness" },
        { "not a choice", "submission.answer.not_a_choice", "facility" },
        { "choices not a list", "submission.answer.wrong_type", "issues" },
        { "duplicate choice", "submission.answer.duplicate_choice", "issues" },
        { "short text 21 chars", "submission.answer.too_long", "title" },
        { "short text two lines", "submission.answer.too_long", "title" },
        { "long text 101 chars", "submission.answer.too_long", "comment" },
        { "date without offset", "submission.answer.date_time_invalid", "visited" },
        { "date only", "submission.answer.date_time_invalid", "visited" },
        { "date 30 February", "submission.answer.date_time_invalid", "visited" },
        { "location latitude 100", "submission.answer.location_invalid", "spot" },
        { "location missing longitude", "submission.answer.location_invalid", "spot" },
        { "location as text", "submission.answer.wrong_type", "spot" },
        { "photo in answers", "submission.answer.photo_expected", "photo" },
        { "text named .jpg", "submission.photo.not_an_image", "photo" },
        { "executable", "submission.photo.not_an_image", "photo" },
        { "empty file", "submission.photo.not_an_image", "photo" },
        { "mp4 ftyp box", "submission.photo.not_an_image", "photo" },
        { "good photo then a text", "submission.photo.not_an_image", "photo" },
        { "photo 1001 bytes", "submission.photo.too_large", "photo" },
        { "three photos", "submission.photo.too_many", "photo" },
        { "photo for a text question", "submission.photo.question_invalid", "comment" },
        { "photo for no question", "submission.photo.question_invalid", "../../etc/passwd" },
        { "over the total size", "submission.too_large", "photos" },
        { "supersedes unknown", "submission.supersedes.invalid", "supersedesId" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Submit_BadDraft_RefusedWithCodeAndNothingWritten(string name, string code, string? field)
    {
        var host = fixture.Host.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var before = (await host.CountsAsync(), fixture.Host.FileCount());

        var result = await host.SubmitAsync(monitor, task.Id, Drafts[name](host, Draft(host)));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(field, result.Error?.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.Error?.MessageKo));
        Assert.Equal(before, (await host.CountsAsync(), fixture.Host.FileCount()));
    }

    [Theory]
    [InlineData(MonitoringTaskState.RecruitmentClosed, -1, 7, "submission.not_open")]
    [InlineData(MonitoringTaskState.FieldworkOpen, 1, 7, "submission.not_open")]
    [InlineData(MonitoringTaskState.FieldworkOpen, -7, 0, "submission.fieldwork_closed")]
    [InlineData(MonitoringTaskState.FieldworkClosed, -7, 1, "submission.fieldwork_closed")]
    [InlineData(MonitoringTaskState.Cancelled, -1, 7, "submission.fieldwork_closed")]
    public async Task Submit_OutsideFieldwork_RefusedAndNothingWritten(MonitoringTaskState state, int opensInDays, int closesInDays, string code)
    {
        var host = fixture.Host.Core;
        var task = await host.AddTaskAsync(state, opensIn: TimeSpan.FromDays(opensInDays), closesIn: TimeSpan.FromDays(closesInDays));
        var monitor = await host.AddParticipantAsync(task.Id);
        var before = (await host.CountsAsync(), fixture.Host.FileCount());

        var result = await host.SubmitAsync(monitor, task.Id, Draft(host, Photo(TestImages.Jpeg())) with { CapturedAt = task.FieldworkOpensAt });

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(before, (await host.CountsAsync(), fixture.Host.FileCount()));
    }

    [Theory]
    [InlineData(ParticipationState.Applied)]
    [InlineData(ParticipationState.Waitlisted)]
    [InlineData(ParticipationState.NotSelected)]
    [InlineData(ParticipationState.Withdrawn)]
    public async Task Submit_MonitorNotSelected_RefusedNotSelected(ParticipationState state)
    {
        var host = fixture.Host.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id, state);
        var outsider = await host.AddMonitorAsync();
        var before = await host.CountsAsync();

        var result = await host.SubmitAsync(monitor, task.Id, Draft(host));
        var stranger = await host.SubmitAsync(outsider, task.Id, Draft(host));
        var noTask = await host.SubmitAsync(monitor, Guid.NewGuid(), Draft(host));

        Assert.Equal("submission.not_selected", result.Error?.Code);
        Assert.Equal("submission.not_selected", stranger.Error?.Code);
        Assert.Equal("submission.task_not_found", noTask.Error?.Code);
        Assert.Equal(before, await host.CountsAsync());
    }

    [Fact]
    public async Task Submit_AtTheBoundaries_Accepted()
    {
        var host = fixture.Host.Core;
        var task = await host.AddTaskAsync(closesIn: TimeSpan.FromMilliseconds(1));
        var monitor = await host.AddParticipantAsync(task.Id);
        var now = host.Time.GetUtcNow();

        var results = new[]
        {
            await host.SubmitAsync(monitor, task.Id, Draft(host, Photo(TestImages.Jpeg(1000)), Photo(TestImages.Png(1000))) with { CapturedAt = now + SubmissionLimits.MaxClockSkew }),
            await host.SubmitAsync(monitor, task.Id, Draft(host) with { CapturedAt = task.FieldworkOpensAt, Latitude = -90, Longitude = 180, AccuracyMeters = SubmissionLimits.MaxAccuracyMeters }),
            await host.SubmitAsync(monitor, task.Id, Draft(host) with { Latitude = null, Longitude = null, AccuracyMeters = null, FormVersion = 1, Answers = Json("""{"cleanliness":1}""") }),
            await host.SubmitAsync(monitor, task.Id, Draft(host) with { Answers = Json($$"""{"cleanliness":5,"title":"{{new string('가', 20)}}","comment":"{{new string('a', 100)}}","visited":"2026-03-01T10:00:00+09:00","spot":{"latitude":37.5,"longitude":127,"accuracy":0},"issues":[]}""") }),
        };

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Equal(4, results.Select(r => r.Value.Id).Distinct().Count());
    }

    [Fact]
    public async Task Submit_OlderFormVersionWithNewQuestion_UnknownKey()
    {
        var host = fixture.Host.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);

        var result = await host.SubmitAsync(monitor, task.Id, Draft(host) with { FormVersion = 1 });

        Assert.Equal("submission.answer.unknown_key", result.Error?.Code);
        Assert.Equal("issues", result.Error?.Field);
    }

    [Fact]
    public async Task Submit_PhotoOfProgramLimit_ExactLimitAcceptedOneMoreRefused()
    {
        var host = fixture.Host.Core;
        var form = new FormDefinition { Questions = [new FormQuestion { Key = "evidence", Kind = QuestionKind.Photo, Label = "증빙 사진", Required = true }] };
        var task = await host.AddTaskAsync(form: form);
        var monitor = await host.AddParticipantAsync(task.Id);
        var draft = Draft(host) with { Answers = default };

        var none = await host.SubmitAsync(monitor, task.Id, draft);
        var exact = await host.SubmitAsync(monitor, task.Id, draft with { Photos = [Photo(TestImages.Jpeg((int)SubmissionLimits.MaxPhotoBytes), "evidence")] });
        var over = await host.SubmitAsync(monitor, task.Id, draft with { ClientId = Guid.NewGuid(), Photos = [Photo(TestImages.Jpeg((int)SubmissionLimits.MaxPhotoBytes + 1), "evidence")] });

        Assert.Equal("submission.answer.required", none.Error?.Code);
        Assert.Equal("evidence", none.Error?.Field);
        Assert.True(exact.IsSuccess, exact.Error?.Code);
        Assert.Equal("submission.photo.too_large", over.Error?.Code);
    }

    [Fact]
    public async Task Submit_SupersedesOthersOrNotReturned_Refused()
    {
        var host = fixture.Host.Core;
        var task = await host.AddTaskAsync();
        var (me, other) = (await host.AddParticipantAsync(task.Id), await host.AddParticipantAsync(task.Id));
        var theirs = await host.SubmitOkAsync(other, task.Id, Draft(host));
        await host.ReviewAsync((r, ct) => r.ReturnAsync(theirs.Id, Staff, "보완 필요", ct));
        var mine = await host.SubmitOkAsync(me, task.Id, Draft(host));
        var before = await host.CountsAsync();

        var others = await host.SubmitAsync(me, task.Id, Draft(host) with { SupersedesId = theirs.Id });
        var notReturned = await host.SubmitAsync(me, task.Id, Draft(host) with { SupersedesId = mine.Id });

        Assert.Equal("submission.supersedes.invalid", others.Error?.Code);
        Assert.Equal("field_submission.invalid_transition", notReturned.Error?.Code);
        Assert.Equal(before, await host.CountsAsync());
    }
}
