using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Resolution;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>
/// Saved segments: create, read, change, delete (each change audited; a refused one writes nothing), and count
/// previews of saved or unsaved definitions through <see cref="AudienceResolver"/>. The definition is validated by
/// <see cref="SegmentDefinitionParser"/> and its lists must exist; it is stored in canonical JSON.
/// </summary>
public sealed class SegmentService
{
    /// <summary>The entity name used in audit records.</summary>
    public const string Entity = "segment";

    /// <summary>The most segments <see cref="ListAsync"/> returns.</summary>
    public const int MaxListed = 1_000;

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly AudienceResolver _resolver;
    private readonly RegionCatalog _regions;

    internal SegmentService(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, AudienceResolver resolver, RegionCatalog regions)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _resolver = resolver;
        _regions = regions;
    }

    /// <summary>Creates a segment.</summary>
    public Task<Result<SegmentView>> CreateAsync(Actor actor, SegmentDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        return _db.ExecuteAsync<SegmentView>(async ct =>
        {
            var valid = await ValidateAsync(draft, ct).ConfigureAwait(false);
            if (!valid.IsSuccess)
            {
                return valid.Error;
            }

            var now = _time.GetUtcNow();
            var segment = new Segment
            {
                Id = Guid.NewGuid(), Name = draft.Name!.Trim(), Channel = draft.Channel, Definition = valid.Value.ToJson(), CreatedAt = now, UpdatedAt = now,
            };
            _db.Set<Segment>().Add(segment);
            await _audit.RecordAsync(actor, Entity, segment.Id.ToString("D"), "Create", null, "Saved", null, ct).ConfigureAwait(false);
            return SegmentView.From(segment);
        }, cancellationToken);
    }

    /// <summary>Replaces a segment's name, channel and definition.</summary>
    public Task<Result<SegmentView>> UpdateAsync(Actor actor, Guid id, SegmentDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        return _db.ExecuteAsync<SegmentView>(async ct =>
        {
            var segment = await _db.Set<Segment>().SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false);
            if (segment is null)
            {
                return SegmentErrors.NotFound;
            }

            var valid = await ValidateAsync(draft, ct).ConfigureAwait(false);
            if (!valid.IsSuccess)
            {
                return valid.Error;
            }

            segment.Name = draft.Name!.Trim();
            segment.Channel = draft.Channel;
            segment.Definition = valid.Value.ToJson();
            segment.UpdatedAt = _time.GetUtcNow();
            await _audit.RecordAsync(actor, Entity, segment.Id.ToString("D"), "Update", "Saved", "Saved", null, ct).ConfigureAwait(false);
            return SegmentView.From(segment);
        }, cancellationToken);
    }

    /// <summary>Deletes a segment (campaigns already launched keep their snapshot).</summary>
    public Task<Result<SegmentView>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _db.ExecuteAsync<SegmentView>(async ct =>
        {
            var segment = await _db.Set<Segment>().SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false);
            if (segment is null)
            {
                return SegmentErrors.NotFound;
            }

            _db.Set<Segment>().Remove(segment);
            await _audit.RecordAsync(actor, Entity, segment.Id.ToString("D"), "Delete", "Saved", "Deleted", null, ct).ConfigureAwait(false);
            return SegmentView.From(segment);
        }, cancellationToken);
    }

    /// <summary>One segment, or <c>segment.not_found</c>.</summary>
    public async Task<Result<SegmentView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var segment = await _db.Set<Segment>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        return segment is null ? SegmentErrors.NotFound : SegmentView.From(segment);
    }

    /// <summary>The segments by name (at most <see cref="MaxListed"/>).</summary>
    public async Task<IReadOnlyList<SegmentView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var segments = await _db.Set<Segment>().AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Take(MaxListed)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return segments.ConvertAll(SegmentView.From);
    }

    /// <summary>How many would receive a message of a saved segment now.</summary>
    public async Task<Result<SegmentCount>> PreviewAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var criteria = await _resolver.CriteriaAsync($"segment:{id:D}", cancellationToken).ConfigureAwait(false);
        return criteria.IsSuccess ? await CountAsync(criteria.Value, cancellationToken).ConfigureAwait(false)
            : criteria.Error.Code == AudienceErrors.SegmentUnknown.Code ? SegmentErrors.NotFound
            : criteria.Error;
    }

    /// <summary>How many would receive a message of an unsaved definition now (validated like a saved one).</summary>
    public async Task<Result<SegmentCount>> PreviewAsync(DeliveryChannel channel, string? definition, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(channel))
        {
            return SegmentErrors.ChannelInvalid;
        }

        var parsed = SegmentDefinitionParser.Parse(definition, _regions);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var criteria = await AudienceResolver.CriteriaAsync(_db, channel, parsed.Value, false, cancellationToken).ConfigureAwait(false);
        return criteria.IsSuccess ? await CountAsync(criteria.Value, cancellationToken).ConfigureAwait(false) : criteria.Error;
    }

    private async Task<SegmentCount> CountAsync(AudienceCriteria criteria, CancellationToken cancellationToken)
    {
        var at = _time.GetUtcNow();
        return new SegmentCount(await _resolver.CountAsync(criteria, cancellationToken).ConfigureAwait(false), at);
    }

    private async Task<Result<SegmentDefinition>> ValidateAsync(SegmentDraft draft, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > AudienceLimits.NameMaxLength)
        {
            return SegmentErrors.NameInvalid;
        }

        if (!Enum.IsDefined(draft.Channel))
        {
            return SegmentErrors.ChannelInvalid;
        }

        var parsed = SegmentDefinitionParser.Parse(draft.Definition, _regions);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var criteria = await AudienceResolver.CriteriaAsync(_db, draft.Channel, parsed.Value, false, ct).ConfigureAwait(false);
        return criteria.IsSuccess ? parsed.Value : criteria.Error;
    }
}
