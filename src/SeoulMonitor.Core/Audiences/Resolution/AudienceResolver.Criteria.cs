using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Segments;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Resolution;

public sealed partial class AudienceResolver
{
    /// <summary>
    /// Resolves a subscriber audience key to criteria: the list must exist (<c>audience.list.unknown</c>), the segment
    /// too (<c>audience.segment.unknown</c>); a monitors key is <c>audience.kind.invalid</c>, a malformed one
    /// <c>campaign.audience.unknown</c>. Use it to validate a campaign's audience before creating it.
    /// </summary>
    public async Task<Result<AudienceCriteria>> CriteriaAsync(string? audienceKey, CancellationToken cancellationToken = default)
    {
        var parsed = AudienceKeys.TryParse(audienceKey);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var key = parsed.Value;
        var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        switch (key.Kind)
        {
            case AudienceKind.List:
                var listId = await db.Set<MailingList>().AsNoTracking().Where(l => l.Key == key.ListKey)
                    .Select(l => (Guid?)l.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                return listId is { } id ? new AudienceCriteria(key.Channel, [id], [], []) : AudienceErrors.ListUnknown(key.ListKey!);
            case AudienceKind.Segment:
                var segment = await db.Set<Segment>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == key.SegmentId, cancellationToken).ConfigureAwait(false);
                if (segment is null)
                {
                    return AudienceErrors.SegmentUnknown;
                }

                var definition = SegmentDefinitionParser.Parse(segment.Definition, RegionCatalog.Default);
                return definition.IsSuccess
                    ? await CriteriaAsync(db, segment.Channel, definition.Value, true, cancellationToken).ConfigureAwait(false)
                    : definition.Error;
            default:
                return AudienceErrors.NotSubscribers;
        }
    }

    /// <summary>Resolves a segment definition's list keys; an unknown list is <c>segment.list.unknown</c>.</summary>
    public async Task<Result<AudienceCriteria>> CriteriaAsync(
        DeliveryChannel channel, SegmentDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        return await CriteriaAsync(db, channel, definition, false, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<Result<AudienceCriteria>> CriteriaAsync(
        SeoulMonitorDbContext db, DeliveryChannel channel, SegmentDefinition definition, bool skipMissingLists, CancellationToken cancellationToken)
    {
        var keys = definition.Lists.ToList();
        var lists = await db.Set<MailingList>().AsNoTracking().Where(l => keys.Contains(l.Key))
            .Select(l => new { l.Key, l.Id }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (!skipMissingLists && keys.FirstOrDefault(k => lists.All(l => l.Key != k)) is { } missing)
        {
            return SegmentErrors.ListUnknown(missing);
        }

        return new AudienceCriteria(channel, lists.ConvertAll(l => l.Id), definition.Districts, definition.Traits);
    }
}
