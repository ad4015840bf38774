using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Host.Diagnostics;
using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Host.Bounces;

/// <summary>
/// Mirrors the engine's bounce suppressions into Core's suppression list at once (what audiences and the send-time
/// gate of subscribers read): a complaint as <see cref="SuppressionReason.Complaint"/>, a hard bounce as
/// <see cref="SuppressionReason.HardBounce"/>, the soft-bounce threshold as <see cref="SuppressionReason.SoftBounces"/>,
/// source <see cref="SuppressionSource.Engine"/>, by the system actor (<see cref="SuppressionService.MirrorAsync"/>).
/// Idempotent. An address Core refuses (its own address rules) is logged and skipped, so a bounce is never stuck on the
/// mirror; an unreachable database throws and the poller retries. The engine's other suppressions (5xx, SMS carrier
/// failures) and anything this call missed are mirrored by the periodic sweep (<see cref="Suppressions.SuppressionSync"/>).
/// </summary>
internal sealed partial class CoreSuppressionMirror(IServiceScopeFactory scopes, TimeProvider time, ILogger<CoreSuppressionMirror> logger) : IBounceObserver
{
    public async Task OnSuppressedAsync(BounceSuppression suppression, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        await using var scope = scopes.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SuppressionService>();
        var reason = ReasonOf(suppression.Kind);
        var result = await service.MirrorAsync(
            suppression.Channel, suppression.Address, reason, NoteOf(suppression.Reason), time.GetUtcNow(), cancellationToken);
        if (result.IsSuccess)
        {
            logger.BounceSuppressionMirrored(suppression.CampaignId, suppression.Sequence, reason.ToString());
        }
        else
        {
            logger.BounceSuppressionMirrorRefused(suppression.CampaignId, suppression.Sequence, result.Error.Code);
        }
    }
}
