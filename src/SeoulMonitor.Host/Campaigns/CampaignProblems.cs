using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>Refusals the host makes itself about a campaign request's shape.</summary>
internal static class CampaignProblems
{
    /// <summary>The largest page of the undelivered list.</summary>
    public const int MaxUndeliveredLimit = 1_000;

    /// <summary>How far ahead a campaign's send-by deadline may be.</summary>
    public static readonly TimeSpan MaxSendByHorizon = TimeSpan.FromDays(366);

    /// <summary>The longest sender display name.</summary>
    public const int MaxDisplayNameLength = 200;

    public static ProblemHttpResult ChannelUnsupported() => ProblemMapping.Problem(
        ErrorKind.Validation, "campaign.channel.unsupported",
        "SMS campaigns go to a list's SMS subscribers (list:{key}:sms), and e-mail campaigns to e-mail audiences.",
        "문자 캠페인은 목록의 문자 수신자(list:{key}:sms)에게, 이메일 캠페인은 이메일 수신 대상에게만 보낼 수 있습니다.", "channel");

    public static ProblemHttpResult DisplayNameTooLong() => ProblemMapping.Problem(
        ErrorKind.Validation, "campaign.sender.invalid",
        $"The sender's display name must be at most {MaxDisplayNameLength} characters.", $"발신자 표시 이름은 {MaxDisplayNameLength}자 이하여야 합니다.", "sender.displayName");

    public static ProblemHttpResult SendByTooFar() => ProblemMapping.Problem(
        ErrorKind.Validation, "campaign.send_by.too_far",
        $"'sendBy' may be at most {MaxSendByHorizon.TotalDays:0} days ahead.", $"'sendBy'는 최대 {MaxSendByHorizon.TotalDays:0}일 뒤까지 가능합니다.", "sendBy");

    public static ProblemHttpResult LimitInvalid() => ProblemMapping.Problem(
        ErrorKind.Validation, "campaign.undelivered.limit_invalid",
        $"'limit' must be 1–{MaxUndeliveredLimit} and 'after' not negative.", $"'limit'은 1–{MaxUndeliveredLimit}, 'after'는 0 이상이어야 합니다.", "limit");

    public static ProblemHttpResult RecipientInvalid() => ProblemMapping.Problem(
        ErrorKind.Validation, "campaign.preview.recipient_invalid", "'recipientId' must be a monitor id.", "'recipientId'는 모니터 ID여야 합니다.", "recipientId");

    public static ProblemHttpResult RecipientNotInAudience() => ProblemMapping.Problem(
        ErrorKind.NotFound, "campaign.recipient.not_found",
        "The campaign's audience has no such active monitor.", "캠페인 수신 대상에 해당 활동 중인 모니터가 없습니다.");

    public static ProblemHttpResult AudienceEmpty() => ProblemMapping.Problem(
        ErrorKind.NotFound, "campaign.audience.empty", "The campaign's audience has no active monitor.", "캠페인 수신 대상에 활동 중인 모니터가 없습니다.");

    public static ProblemHttpResult TokenInvalid() => ProblemMapping.Problem(
        ErrorKind.Validation, "unsubscribe.token_invalid", "The unsubscribe link is not valid.", "수신 거부 링크가 올바르지 않습니다.", "token");
}
