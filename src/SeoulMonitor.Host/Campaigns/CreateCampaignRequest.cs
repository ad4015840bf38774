using System.Text.Json.Serialization;
using SeoulMonitor.Host.Incentives;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>The body of <c>POST /api/campaigns</c>; enums are names (strings) so that bad values get typed problems.</summary>
/// <param name="Name">A name for operators.</param>
/// <param name="Channel"><c>Email</c> (default) or <c>Sms</c> (to a list's SMS subscribers, <c>list:{key}:sms</c>).</param>
/// <param name="Sender">The sender: an e-mail address, or for SMS a registered caller number (<c>Mailing:Sms:SenderNumbers</c>).</param>
/// <param name="Template">The templates; SMS uses the text (and the subject as the LMS subject, ≤ 40 characters).</param>
/// <param name="Audience">The audience key (<c>monitors</c>, <c>monitors:district=마포구</c>, <c>monitors:province=11</c>, <c>list:{key}</c>, <c>list:{key}:sms</c>).</param>
/// <param name="SendAt">When to start (for <c>schedule</c>); none starts at <c>launch</c>. With its offset (<c>Z</c> or <c>+09:00</c>).</param>
/// <param name="SendBy">The send-by deadline, with its offset, at most <see cref="CampaignProblems.MaxSendByHorizon"/> ahead.</param>
/// <param name="Priority"><c>Urgent</c>, <c>Normal</c> (default) or <c>Bulk</c>.</param>
/// <param name="Purpose"><c>Informational</c> (default) or <c>Advertising</c> (SMS: "(광고)" label, 080 opt-out, held 21:00–08:00 without night consent).</param>
internal sealed record CreateCampaignRequest(
    string? Name,
    string? Channel,
    SenderRequest? Sender,
    TemplateRequest? Template,
    string? Audience,
    [property: JsonConverter(typeof(OffsetRequiredDateTimeConverter))] DateTimeOffset? SendAt,
    [property: JsonConverter(typeof(OffsetRequiredDateTimeConverter))] DateTimeOffset? SendBy,
    string? Priority,
    string? Purpose = null);
