using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Sms.Gateway;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The SMS send path: the same claims, checks, journal, suppression and outcome batching as e-mail, but the message is
/// the rendered and measured text, posted to the gateway (<see cref="SmsChannel"/>) instead of an SMTP connection.
/// </summary>
internal sealed partial class SendWorker
{
    /// <summary>The transport name of the SMS gateway in telemetry.</summary>
    internal const string SmsTransportName = "sms-gateway";

    private SmsWriter? _smsWriter;

    private PipelineResult SendSms(WorkItem item)
    {
        var delivery = item.Delivery;
        var campaign = item.Campaign;
        if (context.Sms is not { IsConfigured: true } sms)
        {
            return Result(item, OutcomeMapper.Finish(delivery, DeliveryState.Failed, Describe(SmsGatewayErrors.NotConfigured())));
        }

        _smsWriter ??= sms.CreateWriter();
        var built = _smsWriter.Build(campaign, delivery);
        if (!built.IsSuccess)
        {
            // Too long, unencodable, no text template: refused as it is, never truncated, never posted.
            return Result(item, OutcomeMapper.Finish(delivery, DeliveryState.Failed, Describe(built.Error!)));
        }

        if (sms.AcquireRate(context.Lifetime.Abandoned) is { } wait)
        {
            return Result(item, Postpone(delivery, campaign.SendBy, wait, "Rate limit of the SMS gateway reached."));
        }

        // The rate limit may have waited: the same last look as for e-mail (paused or cancelled here or on another
        // node, or the lease about to pass to another node) before the text goes to the gateway.
        if (LastCheck(item) is { } refused)
        {
            return Result(item, refused);
        }

        var started = context.Time.GetTimestamp();
        var answer = sms.Send(built.Value, context.Lifetime.Abandoned);
        context.Metrics.RecordSend(SmsTransportName, context.Time.GetElapsedTime(started));
        return FinishSms(item, answer, sms, built.Value);
    }

    /// <summary>Accepted → Sent (message id recorded); refused → Failed; 429/5xx/timeouts → Deferred with backoff; circuit open → Deferred without an attempt.</summary>
    private PipelineResult FinishSms(WorkItem item, SmsGatewayAnswer answer, SmsChannel sms, SmsGatewayRequest request)
    {
        var delivery = item.Delivery;
        var campaign = item.Campaign;
        var now = context.Time.GetUtcNow();
        if (answer.Kind == SmsGatewayAnswerKind.Unavailable)
        {
            return Result(item, Postpone(delivery, campaign.SendBy, answer.RetryAfter ?? sms.Options.BreakDuration, answer.Reply));
        }

        var kind = answer.Kind switch
        {
            SmsGatewayAnswerKind.Accepted => SendOutcomeKind.Accepted,
            SmsGatewayAnswerKind.Refused => SendOutcomeKind.PermanentFailure,
            _ => SendOutcomeKind.TemporaryFailure,
        };
        var result = new SendResult(kind, answer.StatusCode, answer.Reply);
        var outcome = OutcomeMapper.Map(result, delivery, campaign.SendBy, now, context.Options, Random.Shared.NextDouble());
        if (outcome.State == DeliveryState.Deferred && answer.RetryAfter is { } after && now + after > outcome.RetryAt)
        {
            outcome = now + after >= campaign.SendBy
                ? outcome with { State = DeliveryState.Expired, RetryAt = null }
                : outcome with { RetryAt = now + after };
        }

        var segment = TryJournal(delivery, outcome, result);
        if (answer.MessageId is { } messageId)
        {
            // The text was measured when it was built; measured again here for the staff view (SMS or LMS, bytes).
            var measure = Sms.SmsText.Measure(request.Text);
            sms.Recorder.Add(new SmsMessageRecord(
                messageId, delivery.CampaignId, delivery.Sequence, delivery.Address.Trim(),
                measure.IsSuccess ? measure.Value.Kind : null, measure.IsSuccess ? measure.Value.Bytes : null));
        }

        string? suppress = null;
        if (answer.Kind == SmsGatewayAnswerKind.Refused && sms.IsRecipientRefusal(answer.Code))
        {
            suppress = delivery.Address;
            context.Suppressions.Add(DeliveryChannel.Sms, delivery.Address);
        }

        return new PipelineResult(outcome, campaign.Priority, campaign.Channel, segment, suppress);
    }

    private static string Describe(MailingError error) => $"{error.Code}: {error.Message}";
}
