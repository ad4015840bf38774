using SeoulMonitor.Core.Audiences;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Diagnostics;
using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Host.Bounces;

/// <summary>
/// Mirrors the engine's bounce suppressions into Core's suppression list (what audiences and the send-time gate of
/// subscribers read), so that both lists agree: a complaint as <see cref="SuppressionReason.Complaint"/>, a hard bounce
/// or the soft threshold as <see cref="SuppressionReason.HardBounce"/> (the note says which), by the system actor.
/// Idempotent (Core returns an existing entry unchanged). An address Core refuses (its own address rules) is logged
/// and skipped, so a bounce is never stuck on the mirror; an unreachable database throws and the poller retries.
/// </summary>
internal sealed class CoreSuppressionMirror(IServiceScopeFactory scopes, ILogger<CoreSuppressionMirror> logger) : IBounceObserver
{
    public async Task OnSuppressedAsync(BounceSuppression suppression, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        await using var scope = scopes.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SuppressionService>();
        var reason = suppression.Kind == BounceKind.Complaint ? SuppressionReason.Complaint : SuppressionReason.HardBounce;
        var note = suppression.Reason.Length > AudienceLimits.ReasonMaxLength ? suppression.Reason[..AudienceLimits.ReasonMaxLength] : suppression.Reason;
        var result = await service.AddAsync(Actor.System, suppression.Channel, suppression.Address, null, reason, note, cancellationToken);
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
