using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

public sealed partial class FindingService
{
    /// <summary>
    /// Staff merge other drafts of the same task into <paramref name="targetId"/>: it gets the union of their sources,
    /// quotes and photos; the others are deleted (one audit record each).
    /// </summary>
    public Task<Result<FindingView>> MergeAsync(Guid targetId, IReadOnlyList<Guid>? otherIds, Actor actor, CancellationToken cancellationToken = default) =>
        DraftWorkAsync(targetId, actor, async (target, ct) =>
        {
            var ids = FindingValidation.Ids(otherIds, FindingLimits.MaxMerge, FindingErrors.MergeOthersRequired, FindingErrors.MergeOthersRequired);
            if (!ids.IsSuccess)
            {
                return ids.Error;
            }

            if (ids.Value.Contains(targetId))
            {
                return FindingErrors.MergeInvalid;
            }

            var others = new List<Finding>();
            foreach (var id in ids.Value.Order())
            {
                var other = await _db.LockByIdAsync<Finding>("findings", id, ct).ConfigureAwait(false);
                if (other is null)
                {
                    return FindingErrors.NotFound;
                }

                if (other.TaskId != target.TaskId || other.State != FindingState.Draft)
                {
                    return FindingErrors.MergeInvalid;
                }

                others.Add(other);
            }

            return await AbsorbAsync(target, others, actor, ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Staff move some of a draft's sources (with the quotes and photos taken from them) to a new draft of the same
    /// task; returns the new finding.
    /// </summary>
    public async Task<Result<FindingView>> SplitAsync(
        Guid findingId, IReadOnlyList<Guid>? submissionIds, string? newTitle, string? newSummary, Actor actor, CancellationToken cancellationToken = default)
    {
        Guid? created = null;
        var split = await DraftWorkAsync(findingId, actor, async (finding, ct) =>
        {
            var ids = FindingValidation.Ids(submissionIds, FindingLimits.MaxSources, FindingErrors.SplitSourcesRequired, FindingErrors.SourcesTooMany);
            var text = FindingValidation.TitleAndSummary(newTitle, newSummary);
            if (!ids.IsSuccess || !text.IsSuccess)
            {
                return ids.Error ?? text.Error;
            }

            var sources = await _db.Set<FindingSource>().Where(s => s.FindingId == findingId).ToListAsync(ct).ConfigureAwait(false);
            var moving = sources.Where(s => ids.Value.Contains(s.SubmissionId)).ToList();
            if (moving.Count != ids.Value.Count || moving.Count == sources.Count)
            {
                return FindingErrors.SplitInvalid;
            }

            if (await LooksPersonalAsync(ids.Value, ct, text.Value.Title, text.Value.Summary).ConfigureAwait(false))
            {
                return FindingErrors.TextPersonalData;
            }

            var now = _time.GetUtcNow();
            var fresh = new Finding
            {
                Id = Guid.NewGuid(), TaskId = finding.TaskId, Title = text.Value.Title, Summary = text.Value.Summary, State = FindingState.Draft,
                CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            _db.Add(fresh);
            _db.RemoveRange(moving);
            _db.AddRange(moving.Select(s => new FindingSource { FindingId = fresh.Id, SubmissionId = s.SubmissionId }));
            await MoveQuotesAndPhotosAsync(finding.Id, fresh.Id, ids.Value, ct).ConfigureAwait(false);
            await _recorder.CreationAsync(actor, FindingLifecycle.Entity, fresh.Id, "Split", fresh.State, $"split from {finding.Id:D}", ct).ConfigureAwait(false);
            created = fresh.Id;
            return null;
        }, cancellationToken).ConfigureAwait(false);
        if (!split.IsSuccess || created is not { } id)
        {
            return split;
        }

        var row = await _db.Set<Finding>().AsNoTracking().SingleAsync(f => f.Id == id, cancellationToken).ConfigureAwait(false);
        return FindingView.From(row, await _db.PartsAsync(id, cancellationToken).ConfigureAwait(false), _time.GetUtcNow());
    }

    private async Task<DomainError?> AbsorbAsync(Finding target, List<Finding> others, Actor actor, CancellationToken ct)
    {
        var otherIds = others.Select(o => o.Id).ToList();
        var have = await _db.Set<FindingSource>().Where(s => s.FindingId == target.Id).Select(s => s.SubmissionId).ToListAsync(ct).ConfigureAwait(false);
        var incoming = await _db.Set<FindingSource>().Where(s => otherIds.Contains(s.FindingId)).ToListAsync(ct).ConfigureAwait(false);
        var union = have.Concat(incoming.Select(s => s.SubmissionId)).Distinct().ToList();
        if (union.Count > FindingLimits.MaxSources)
        {
            return FindingErrors.SourcesTooMany;
        }

        var quotes = await _db.Set<FindingQuote>().Where(q => q.FindingId == target.Id || otherIds.Contains(q.FindingId)).ToListAsync(ct).ConfigureAwait(false);
        var photos = await _db.Set<FindingPhoto>().Where(p => p.FindingId == target.Id || otherIds.Contains(p.FindingId)).ToListAsync(ct).ConfigureAwait(false);
        var photoIds = photos.Select(p => p.PhotoId).Distinct().ToList();
        if (quotes.Count > FindingLimits.MaxQuotes)
        {
            return FindingErrors.QuotesTooMany;
        }

        if (photoIds.Count > FindingLimits.MaxPhotos)
        {
            return FindingErrors.PhotosTooMany;
        }

        // The merged draft answers to more contributors: its text and quotes must not name any of them either.
        if (await LooksPersonalAsync(union, ct, [target.Title, target.Summary, .. quotes.Select(q => q.Text)]).ConfigureAwait(false))
        {
            return FindingErrors.TextPersonalData;
        }

        _db.RemoveRange(incoming);
        _db.AddRange(union.Except(have).Select(s => new FindingSource { FindingId = target.Id, SubmissionId = s }));
        var ordered = quotes.OrderBy(q => q.FindingId == target.Id ? 0 : 1).ThenBy(q => otherIds.IndexOf(q.FindingId)).ThenBy(q => q.Order).ToList();
        _db.RemoveRange(quotes);
        _db.RemoveRange(photos);
        await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        _db.AddRange(ordered.Select((q, i) => new FindingQuote { Id = q.Id, FindingId = target.Id, SubmissionId = q.SubmissionId, Text = q.Text, Order = i + 1 }));
        _db.AddRange(photoIds.Select(p => new FindingPhoto { FindingId = target.Id, PhotoId = p }));
        foreach (var other in others)
        {
            _db.Remove(other);
            await _audit.RecordAsync(actor, FindingLifecycle.Entity, other.Id.ToString("D"), "Merge", nameof(FindingState.Draft), "Deleted",
                $"merged into {target.Id:D}", ct).ConfigureAwait(false);
        }

        return null;
    }

    private async Task MoveQuotesAndPhotosAsync(Guid fromId, Guid toId, List<Guid> submissionIds, CancellationToken ct)
    {
        var quotes = await _db.Set<FindingQuote>().Where(q => q.FindingId == fromId && submissionIds.Contains(q.SubmissionId)).ToListAsync(ct).ConfigureAwait(false);
        var photoIds = await _db.Set<Submissions.SubmissionPhoto>().Where(p => submissionIds.Contains(p.SubmissionId)).Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var photos = await _db.Set<FindingPhoto>().Where(p => p.FindingId == fromId && photoIds.Contains(p.PhotoId)).ToListAsync(ct).ConfigureAwait(false);
        _db.RemoveRange(quotes);
        _db.RemoveRange(photos);
        await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        _db.AddRange(quotes.OrderBy(q => q.Order).Select((q, i) => new FindingQuote { Id = q.Id, FindingId = toId, SubmissionId = q.SubmissionId, Text = q.Text, Order = i + 1 }));
        _db.AddRange(photos.Select(p => new FindingPhoto { FindingId = toId, PhotoId = p.PhotoId }));
    }
}
