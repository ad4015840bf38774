using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>
/// <c>GET /api/campaigns/{id}/sms-reports?after=&amp;limit=&amp;purpose=</c>: an SMS campaign's texts with their gateway
/// message ids, SMS/LMS bytes and carrier reports, in row order (keyset <c>after</c> = the last row's sequence; limit
/// 1–<see cref="MaxLimit"/>, default 100). Mobile numbers are personal data: a <c>purpose</c> is required and each read is
/// access-logged. 404 <c>campaign.not_found</c>; 400 <c>campaign.sms_reports.limit_invalid</c>; 422
/// <c>campaign.channel.not_sms</c> for an e-mail campaign.
/// </summary>
internal static class CampaignSmsHandlers
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 1_000;

    private const string Subject = "campaign-sms";

    public static async Task<Results<Ok<SmsReportPage>, ProblemHttpResult>> ListAsync(
        Guid id, long? after, int? limit, string? purpose, HttpContext http, IDeliveryLedger ledger, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        var size = limit ?? 100;
        if (after < 0 || size is < 1 or > MaxLimit)
        {
            return ProblemMapping.Problem(
                ErrorKind.Validation, "campaign.sms_reports.limit_invalid",
                $"'limit' must be 1–{MaxLimit} and 'after' not negative.", $"'limit'은 1–{MaxLimit}, 'after'는 0 이상이어야 합니다.", "limit");
        }

        if (PersonalDataAccessHttp.Check(AccessAction.List, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var campaign = await ledger.GetCampaignAsync(id, cancellationToken);
        if (campaign is null)
        {
            return MailingErrors.NotFound().ToProblem();
        }

        if (campaign.Definition.Channel != DeliveryChannel.Sms)
        {
            return ProblemMapping.Problem(
                ErrorKind.Rule, "campaign.channel.not_sms", "The campaign is not an SMS campaign.", "문자 캠페인이 아닙니다.");
        }

        var messages = await ledger.ListSmsMessagesAsync(id, after ?? 0, size, cancellationToken);
        var refused = await log.RecordAsync(http, Subject, id.ToString("D"), AccessAction.List, purpose, null, messages.Count, cancellationToken);
        return refused is not null ? refused.ToProblem()
            : TypedResults.Ok(new SmsReportPage([.. messages.Select(SmsDeliveryView.From)], messages.Count == size ? messages[^1].Sequence : null));
    }
}
