using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>One submission with its revision chain, and a photo's content.</summary>
public sealed partial class SubmissionQueries
{
    /// <summary>The longest revision chain followed.</summary>
    private const int MaxChain = 100;

    /// <summary>One submission with every revision of its chain (the monitor who wrote it, or staff: access-logged).</summary>
    public async Task<Result<SubmissionDetail>> GetAsync(Guid id, SubmissionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var submission = await FindReadableAsync(id, viewer, AccessAction.View, cancellationToken).ConfigureAwait(false);
        if (!submission.IsSuccess)
        {
            return submission.Error;
        }

        var chain = new List<FieldSubmission> { submission.Value };
        while (chain[0].SupersedesId is { } previous && chain.Count < MaxChain
            && await _db.Set<FieldSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == previous, cancellationToken).ConfigureAwait(false) is { } older)
        {
            chain.Insert(0, older);
        }

        while (chain.Count < MaxChain)
        {
            var last = chain[^1].Id;
            var newer = await _db.Set<FieldSubmission>().AsNoTracking().FirstOrDefaultAsync(s => s.SupersedesId == last, cancellationToken).ConfigureAwait(false);
            if (newer is null)
            {
                break;
            }

            chain.Add(newer);
        }

        var views = await ViewsAsync(chain, cancellationToken).ConfigureAwait(false);
        return new SubmissionDetail(views.Single(v => v.Id == id), views);
    }

    /// <summary>A photo's content (the monitor who wrote the submission, or staff: access-logged as a download of the submission).</summary>
    public async Task<Result<PhotoDownload>> OpenPhotoAsync(Guid submissionId, Guid photoId, SubmissionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var photo = await _db.Set<SubmissionPhoto>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == photoId && p.SubmissionId == submissionId, cancellationToken).ConfigureAwait(false);
        var submission = await FindReadableAsync(submissionId, viewer, AccessAction.View, cancellationToken, photo is null).ConfigureAwait(false);
        if (!submission.IsSuccess)
        {
            return submission.Error;
        }

        var content = await _files.OpenReadAsync(photo!.StorageKey, cancellationToken).ConfigureAwait(false);
        return content is null ? SubmissionErrors.PhotoNotFound : new PhotoDownload(photo.ContentType, photo.Length, photo.Sha256, content);
    }

    private async Task<Result<FieldSubmission>> FindReadableAsync(
        Guid id, SubmissionViewer viewer, AccessAction action, CancellationToken ct, bool photoMissing = false)
    {
        if (Validate(viewer, action) is { } invalid)
        {
            return invalid;
        }

        var submission = await _db.Set<FieldSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false);
        if (submission is null || (!viewer.IsStaff && !viewer.Owns(submission)))
        {
            // Another monitor's submission is answered as missing: its existence is not disclosed.
            return SubmissionErrors.NotFound;
        }

        if (photoMissing)
        {
            return SubmissionErrors.PhotoNotFound;
        }

        var logged = await LogAsync(viewer, id.ToString("D"), action, 1, ct).ConfigureAwait(false);
        return logged is null ? submission : logged;
    }
}
