using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// Opens a photo attached to a finding for the finding's audiences: staff, and the requesting department once the
/// finding was sent (the photo ids the department reads on <see cref="DepartmentFindingView"/>). A draft is not found
/// for the department, another department's finding is not found either (its existence is not disclosed), and a photo not attached to the finding is not
/// found (a department never reaches a submission's other photos). No monitor data is read, so nothing is access-logged.
/// </summary>
public sealed class FindingPhotoReader
{
    private readonly SeoulMonitorDbContext _db;
    private readonly IFileStore _files;

    internal FindingPhotoReader(SeoulMonitorDbContext db, IFileStore files)
    {
        _db = db;
        _files = files;
    }

    /// <summary>The photo's content (the caller disposes the stream).</summary>
    public async Task<Result<PhotoDownload>> OpenAsync(Guid findingId, Guid photoId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var finding = await _db.Set<Finding>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken).ConfigureAwait(false);
        var task = finding is null ? null : await _db.TaskAsync(finding.TaskId, cancellationToken).ConfigureAwait(false);
        if (finding is null || task is null || (finding.State == FindingState.Draft && !FindingValidation.IsStaff(actor)))
        {
            return FindingErrors.NotFound;
        }

        if (!ReflectionService.MayAnswer(actor, task))
        {
            return FindingErrors.NotFound;
        }

        var photo = await _db.Set<FindingPhoto>().AsNoTracking()
            .Where(p => p.FindingId == findingId && p.PhotoId == photoId)
            .Join(_db.Set<SubmissionPhoto>(), f => f.PhotoId, s => s.Id, (_, s) => s)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var content = photo is null ? null : await _files.OpenReadAsync(photo.StorageKey, cancellationToken).ConfigureAwait(false);
        return photo is null || content is null
            ? FindingErrors.PhotoNotFound
            : new PhotoDownload(photo.ContentType, photo.Length, photo.Sha256, content);
    }
}
