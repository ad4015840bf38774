using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>
/// Per-recipient delivery records and the list of who did not get the message and why. Both disclose monitors'
/// addresses, so each read is access-logged with a required <c>purpose</c>.
/// </summary>
internal static class CampaignDeliveryHandlers
{
    private const string RecipientsSubject = "campaign-recipients";

    /// <summary>One recipient's record; for an SMS campaign's accepted text also its carrier status (<see cref="CampaignDeliveryView.Sms"/>).</summary>
    public static async Task<Results<Ok<CampaignDeliveryView>, ProblemHttpResult>> GetAsync(
        Guid id, string recipientId, string? purpose, HttpContext http, CampaignService campaigns, IDeliveryLedger ledger, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.View, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await campaigns.GetDeliveryAsync(id, recipientId, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var sms = await ledger.GetSmsMessageAsync(id, result.Value.Sequence, cancellationToken);
        var refused = await log.RecordAsync(http, CampaignPreviewHandlers.MonitorSubject, recipientId, AccessAction.View, purpose, null, 1, cancellationToken);
        return refused is null ? TypedResults.Ok(CampaignDeliveryView.From(result.Value, sms is null ? null : SmsDeliveryView.From(sms))) : refused.ToProblem();
    }

    public static async Task<Results<Ok<IReadOnlyList<DeliveryRecord>>, ProblemHttpResult>> ListUndeliveredAsync(
        Guid id, long? after, int? limit, string? purpose, HttpContext http, CampaignService campaigns, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        if (after < 0 || limit is < 1 or > CampaignProblems.MaxUndeliveredLimit)
        {
            return CampaignProblems.LimitInvalid();
        }

        if (PersonalDataAccessHttp.Check(AccessAction.List, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await campaigns.ListUndeliveredAsync(id, after ?? 0, limit ?? 100, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, RecipientsSubject, id.ToString("D"), AccessAction.List, purpose, null, result.Value.Count, cancellationToken);
        return refused is null ? TypedResults.Ok(result.Value) : refused.ToProblem();
    }
}
