using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Host.Bounces;
using SeoulMonitor.Host.Diagnostics;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Suppressions;

internal sealed partial class SuppressionSync
{
    /// <summary>
    /// Reads the engine's whole list of each channel, page by page, and mirrors into Core every entry Core lacks (with
    /// its reason; see <see cref="SuppressionService.MirrorAsync"/> for the lift rule). An address Core's rules refuse is
    /// counted and skipped. Returns how many entries were added.
    /// </summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        foreach (var channel in Enum.GetValues<DeliveryChannel>())
        {
            var (after, seen, added, refused) = ((string?)null, 0, 0, 0);
            while (true)
            {
                var page = await _engine.ListAsync(channel, after, _options.SweepPageSize, cancellationToken);
                if (page.Count == 0)
                {
                    break;
                }

                seen += page.Count;
                after = page[^1].AddressKey;
                await using var scope = _scopes.CreateAsyncScope();
                var service = scope.ServiceProvider.GetRequiredService<SuppressionService>();
                var targets = page.Select(r => (Record: r, Target: SuppressionTarget.OfAddress(channel, r.AddressKey))).ToList();
                refused += targets.Count(t => !t.Target.IsSuccess);
                var valid = targets.Where(t => t.Target.IsSuccess).ToList();
                var present = await service.SuppressedHashesAsync(channel, [.. valid.Select(t => t.Target.Value.Hash)], cancellationToken);
                foreach (var (record, target) in valid.Where(t => !present.Contains(t.Target.Value.Hash)))
                {
                    var result = await service.MirrorAsync(
                        channel, target.Value.Address, CoreSuppressionMirror.ReasonOf(record.Reason), CoreSuppressionMirror.NoteOf(record.Reason),
                        record.CreatedAt, cancellationToken);
                    added += result is { IsSuccess: true, Value: SuppressionMirrorOutcome.Added } ? 1 : 0;
                    refused += result.IsSuccess ? 0 : 1;
                }

                if (page.Count < _options.SweepPageSize)
                {
                    break;
                }
            }

            _logger.SuppressionSweepCompleted(channel.ToString(), seen, added, refused);
            total += added;
        }

        return total;
    }
}
