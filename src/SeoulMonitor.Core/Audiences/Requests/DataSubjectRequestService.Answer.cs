using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Requests;

public sealed partial class DataSubjectRequestService
{
    /// <summary>
    /// Staff complete a request: Export → done (the export is read with <see cref="ExportAsync"/>); Correction → the
    /// corrected data is validated, deduplicated and applied; Erasure → everything about the person is deleted (with a
    /// hash-only suppression per address when <see cref="DataRequestAnswer.NeverMail"/>). Audited; a refusal writes nothing.
    /// </summary>
    public async Task<Result<DataRequestView>> CompleteAsync(Actor staff, Guid id, DataRequestAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(answer);
        var note = MonitorInput.Reason(Entity, answer.Note, required: false);
        if (!note.IsSuccess)
        {
            return note.Error;
        }

        var now = _time.GetUtcNow();
        try
        {
            return await _db.ExecuteAsync<DataRequestView>(async ct =>
            {
                var request = await _db.Set<DataSubjectRequest>().SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false);
                if (request is null)
                {
                    return DataRequestErrors.NotFound;
                }

                if (request.State != DataSubjectRequestState.Received)
                {
                    return DataRequestErrors.AlreadyAnswered;
                }

                var subscriber = await _db.Set<Subscriber>().Include(s => s.Attributes).SingleOrDefaultAsync(s => s.PublicId == request.SubscriberPublicId, ct).ConfigureAwait(false);
                if (subscriber is null)
                {
                    return DataRequestErrors.SubjectGone;
                }

                string outcome;
                switch (request.Kind)
                {
                    case DataSubjectRequestKind.Correction:
                        if (answer.Correction is null)
                        {
                            return DataRequestErrors.CorrectionRequired;
                        }

                        if (await CorrectAsync(subscriber, answer.Correction, now, ct).ConfigureAwait(false) is { } refused)
                        {
                            return refused;
                        }

                        outcome = "corrected";
                        break;
                    case DataSubjectRequestKind.Erasure:
                        await EraseAsync(subscriber, answer.NeverMail, staff, now, ct).ConfigureAwait(false);
                        outcome = answer.NeverMail ? "erased; hash-only suppression kept at the person's request" : "erased";
                        break;
                    default:
                        outcome = "export provided";
                        break;
                }

                await AnswerAsync(staff, request, DataSubjectRequestState.Completed, note.Value is null ? outcome : $"{outcome}: {note.Value}", now, ct).ConfigureAwait(false);
                return DataRequestView.From(request, now);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (StorageErrors.IsUniqueViolation(e))
        {
            // Another subscriber took the corrected address between the check and the save.
            return DataRequestErrors.AddressInUse;
        }
    }

    /// <summary>Staff refuse a request with a reason (audited).</summary>
    public async Task<Result<DataRequestView>> RefuseAsync(Actor staff, Guid id, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var why = MonitorInput.Reason(Entity, reason, required: true);
        if (!why.IsSuccess)
        {
            return why.Error;
        }

        var now = _time.GetUtcNow();
        return await _db.ExecuteAsync<DataRequestView>(async ct =>
        {
            var request = await _db.Set<DataSubjectRequest>().SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false);
            if (request is null)
            {
                return DataRequestErrors.NotFound;
            }

            if (request.State != DataSubjectRequestState.Received)
            {
                return DataRequestErrors.AlreadyAnswered;
            }

            await AnswerAsync(staff, request, DataSubjectRequestState.Refused, why.Value!, now, ct).ConfigureAwait(false);
            return DataRequestView.From(request, now);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Everything held about the person of a request (staff: the host records the access first).</summary>
    public async Task<Result<SubscriberExport>> ExportAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var publicId = await _db.Set<DataSubjectRequest>().AsNoTracking().Where(r => r.Id == id).Select(r => (Guid?)r.SubscriberPublicId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (publicId is null)
        {
            return DataRequestErrors.NotFound;
        }

        var export = await SubscriberExporter.ExportAsync(_db, publicId.Value, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return export is null ? DataRequestErrors.SubjectGone : export;
    }

    private async Task AnswerAsync(Actor actor, DataSubjectRequest request, DataSubjectRequestState state, string outcome, DateTimeOffset now, CancellationToken ct)
    {
        var from = request.State;
        request.State = state;
        request.AnsweredAt = now;
        request.Outcome = outcome.Length <= AudienceLimits.ReasonMaxLength ? outcome : outcome[..AudienceLimits.ReasonMaxLength];
        await _audit.RecordAsync(actor, Entity, request.Id.ToString("D"), state == DataSubjectRequestState.Refused ? "Refuse" : "Complete",
            from.ToString(), state.ToString(), request.Kind.ToString(), ct).ConfigureAwait(false);
        _logger.DataRequestChanged(request.Id, request.Kind.ToString(), state.ToString(), actor.ToString());
    }

    private async Task EraseAsync(Subscriber subscriber, bool neverMail, Actor staff, DateTimeOffset now, CancellationToken ct)
    {
        var addresses = new List<(DeliveryChannel Channel, string Hash)>();
        if (subscriber.Email is { } email)
        {
            addresses.Add((DeliveryChannel.Email, AddressHash.Of(email)));
        }

        if (subscriber.Mobile is { } mobile)
        {
            addresses.Add((DeliveryChannel.Sms, AddressHash.Of(mobile)));
        }

        var actor = staff.Kind == ActorKind.System ? "system" : staff.ToString();
        foreach (var trait in subscriber.Attributes)
        {
            _db.Entry(trait).State = EntityState.Detached;
        }

        _db.Entry(subscriber).State = EntityState.Detached;
        await SubscriberDestruction.DestroyAsync(_db, [subscriber.Id], static _ => DestructionReasons.Erasure, actor, now, ct).ConfigureAwait(false);
        if (!neverMail)
        {
            return;
        }

        foreach (var (channel, hash) in addresses)
        {
            if (!await _db.Set<SuppressionEntry>().AnyAsync(s => s.Channel == channel && s.AddressHash == hash, ct).ConfigureAwait(false))
            {
                _db.Set<SuppressionEntry>().Add(new SuppressionEntry
                {
                    Channel = channel, AddressHash = hash, Address = null, Reason = SuppressionReason.Staff,
                    Note = "erasure: the person asked never to be mailed", CreatedAt = now, CreatedBy = actor,
                });
            }
        }
    }
}
