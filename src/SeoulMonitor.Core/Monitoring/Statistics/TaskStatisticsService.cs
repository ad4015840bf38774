using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>
/// Per-task statistics over approved submissions, each read with its own form version; questions are matched by key
/// across versions and labelled from the current version. Counts by state and photos are computed in SQL; answers
/// are streamed one submission at a time into per-question tallies, so memory does not grow with the submissions.
/// Staff see every task; a department officer only their own department's (another department's task is not found).
/// </summary>
public sealed class TaskStatisticsService
{
    private readonly SeoulMonitorDbContext _db;

    internal TaskStatisticsService(SeoulMonitorDbContext db) => _db = db;

    /// <summary>The statistics of one task.</summary>
    public async Task<Result<TaskStatistics>> GetAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return StatisticsErrors.TaskNotFound;
        }

        return ReflectionService.MayAnswer(actor, task)
            ? await ComputeAsync(task, cancellationToken).ConfigureAwait(false)
            : StatisticsErrors.TaskNotFound;
    }

    internal async Task<TaskStatistics> ComputeAsync(MonitoringTask task, CancellationToken ct)
    {
        var versions = (await _db.Set<TaskFormVersion>().AsNoTracking().Where(v => v.TaskId == task.Id).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(v => v.Number, v => FormJson.Deserialize(v.Definition).Questions);
        var tallies = Tallies(versions, task.CurrentFormVersion);

        var submissions = _db.Set<FieldSubmission>().AsNoTracking().Where(s => s.TaskId == task.Id);
        var approved = submissions.Where(s => s.State == SubmissionState.Approved);
        await foreach (var row in approved.Select(s => new { s.FormVersion, s.Answers }).AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            Tally(tallies, versions.GetValueOrDefault(row.FormVersion), row.Answers);
        }

        var photos = await _db.Set<SubmissionPhoto>().AsNoTracking()
            .Where(p => approved.Any(s => s.Id == p.SubmissionId))
            .GroupBy(p => p.QuestionKey)
            .Select(g => new { Key = g.Key, Photos = g.Count(), Submissions = g.Select(p => p.SubmissionId).Distinct().Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var p in photos)
        {
            if (tallies.TryGetValue(p.Key, out var tally) && tally.Question.Kind == QuestionKind.Photo)
            {
                tally.AddPhotoAnswers(p.Submissions, p.Photos);
            }
        }

        var byState = await submissions.GroupBy(s => s.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false);
        var counted = Enum.GetValues<SubmissionState>()
            .Select(s => new StateCount(s, StatusNames.English(s), StatusNames.Korean(s), byState.FirstOrDefault(b => b.State == s)?.Count ?? 0))
            .ToList();
        var participants = await _db.Set<Participation>().AsNoTracking()
            .CountAsync(p => p.TaskId == task.Id && (p.State == ParticipationState.Selected || p.State == ParticipationState.Completed), ct).ConfigureAwait(false);
        var contributors = await approved.Select(s => s.MonitorId).Distinct().CountAsync(ct).ConfigureAwait(false);
        return new TaskStatistics(
            task.Id, task.Title, task.Department, task.IsHistorical ? task.HistoricalParticipants ?? participants : participants, contributors,
            counted.Single(c => c.State == SubmissionState.Approved).Count, counted, tallies.Values.Select(t => t.ToStatistics()).ToList());
    }

    /// <summary>One tally per key, in the current version's order, then keys only older versions asked (newest label).</summary>
    private static Dictionary<string, QuestionTally> Tallies(Dictionary<int, IReadOnlyList<FormQuestion>> versions, int current)
    {
        var order = versions.Keys.OrderByDescending(n => n == current).ThenByDescending(n => n);
        var tallies = new Dictionary<string, QuestionTally>(StringComparer.Ordinal);
        foreach (var question in order.SelectMany(n => versions[n]))
        {
            tallies.TryAdd(question.Key, new QuestionTally(question));
        }

        return tallies;
    }

    private static void Tally(Dictionary<string, QuestionTally> tallies, IReadOnlyList<FormQuestion>? questions, string answers)
    {
        if (questions is null)
        {
            return;
        }

        using var document = JsonDocument.Parse(answers);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var question in questions)
        {
            if (question.Kind != QuestionKind.Photo && tallies.TryGetValue(question.Key, out var tally) && tally.Question.Kind == question.Kind &&
                document.RootElement.TryGetProperty(question.Key, out var answer))
            {
                tally.Add(answer);
            }
        }
    }
}
