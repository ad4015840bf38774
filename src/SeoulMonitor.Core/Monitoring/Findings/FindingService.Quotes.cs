using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Submissions;

namespace SeoulMonitor.Core.Monitoring.Findings;

public sealed partial class FindingService
{
    /// <summary>
    /// Staff add a representative quote from one of the draft's sources. Text that looks like personal data (an
    /// e-mail address, a Korean phone number, a resident registration number, a contributor's name) is refused.
    /// </summary>
    public Task<Result<FindingView>> AddQuoteAsync(Guid findingId, Guid submissionId, string? text, Actor actor, CancellationToken cancellationToken = default) =>
        DraftWorkAsync(findingId, actor, async (finding, ct) =>
        {
            var quote = text?.Trim() ?? string.Empty;
            if (quote.Length == 0)
            {
                return FindingErrors.QuoteRequired;
            }

            if (quote.Length > FindingLimits.QuoteMaxLength)
            {
                return FindingErrors.QuoteTooLong;
            }

            var sources = await _db.Set<FindingSource>().Where(s => s.FindingId == findingId).Select(s => s.SubmissionId).ToListAsync(ct).ConfigureAwait(false);
            if (!sources.Contains(submissionId))
            {
                return FindingErrors.NotASource;
            }

            if (await LooksPersonalAsync(sources, ct, quote).ConfigureAwait(false))
            {
                return FindingErrors.QuotePersonalData;
            }

            var count = await _db.Set<FindingQuote>().CountAsync(q => q.FindingId == findingId, ct).ConfigureAwait(false);
            if (count >= FindingLimits.MaxQuotes)
            {
                return FindingErrors.QuotesTooMany;
            }

            var last = await _db.Set<FindingQuote>().Where(q => q.FindingId == findingId).MaxAsync(q => (int?)q.Order, ct).ConfigureAwait(false) ?? 0;
            _db.Add(new FindingQuote { Id = Guid.NewGuid(), FindingId = finding.Id, SubmissionId = submissionId, Text = quote, Order = last + 1 });
            return null;
        }, cancellationToken);

    /// <summary>Staff remove a quote from a draft.</summary>
    public Task<Result<FindingView>> RemoveQuoteAsync(Guid findingId, Guid quoteId, Actor actor, CancellationToken cancellationToken = default) =>
        DraftWorkAsync(findingId, actor, async (finding, ct) =>
        {
            var quote = await _db.Set<FindingQuote>().SingleOrDefaultAsync(q => q.Id == quoteId && q.FindingId == findingId, ct).ConfigureAwait(false);
            if (quote is null)
            {
                return FindingErrors.QuoteNotFound;
            }

            _db.Remove(quote);
            return null;
        }, cancellationToken);

    /// <summary>Staff add a photo of one of the draft's sources.</summary>
    public Task<Result<FindingView>> AddPhotoAsync(Guid findingId, Guid photoId, Actor actor, CancellationToken cancellationToken = default) =>
        DraftWorkAsync(findingId, actor, async (finding, ct) =>
        {
            var photo = await _db.Set<SubmissionPhoto>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == photoId, ct).ConfigureAwait(false);
            if (photo is null)
            {
                return FindingErrors.PhotoNotFound;
            }

            if (!await _db.Set<FindingSource>().AnyAsync(s => s.FindingId == findingId && s.SubmissionId == photo.SubmissionId, ct).ConfigureAwait(false))
            {
                return FindingErrors.NotASource;
            }

            var photos = await _db.Set<FindingPhoto>().Where(p => p.FindingId == findingId).Select(p => p.PhotoId).ToListAsync(ct).ConfigureAwait(false);
            if (photos.Contains(photoId))
            {
                return FindingErrors.PhotoAlreadyAdded;
            }

            if (photos.Count >= FindingLimits.MaxPhotos)
            {
                return FindingErrors.PhotosTooMany;
            }

            _db.Add(new FindingPhoto { FindingId = finding.Id, PhotoId = photoId });
            return null;
        }, cancellationToken);

    /// <summary>Staff remove a photo from a draft.</summary>
    public Task<Result<FindingView>> RemovePhotoAsync(Guid findingId, Guid photoId, Actor actor, CancellationToken cancellationToken = default) =>
        DraftWorkAsync(findingId, actor, async (finding, ct) =>
        {
            var photo = await _db.Set<FindingPhoto>().SingleOrDefaultAsync(p => p.FindingId == findingId && p.PhotoId == photoId, ct).ConfigureAwait(false);
            if (photo is null)
            {
                return FindingErrors.PhotoNotFound;
            }

            _db.Remove(photo);
            return null;
        }, cancellationToken);
}
