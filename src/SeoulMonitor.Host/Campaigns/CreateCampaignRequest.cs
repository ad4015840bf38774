namespace SeoulMonitor.Host.Campaigns;

/// <summary>The body of <c>POST /api/campaigns</c>; enums are names (strings) so that bad values get typed problems.</summary>
/// <param name="Name">A name for operators.</param>
/// <param name="Channel"><c>Email</c> (default).</param>
/// <param name="Sender">The sender.</param>
/// <param name="Template">The templates.</param>
/// <param name="Audience">The audience key (<c>monitors</c>, <c>monitors:district=마포구</c>, <c>monitors:province=11</c>).</param>
/// <param name="SendAt">When to start (for <c>schedule</c>); none starts at <c>launch</c>.</param>
/// <param name="SendBy">The send-by deadline.</param>
/// <param name="Priority"><c>Urgent</c>, <c>Normal</c> (default) or <c>Bulk</c>.</param>
internal sealed record CreateCampaignRequest(
    string? Name,
    string? Channel,
    SenderRequest? Sender,
    TemplateRequest? Template,
    string? Audience,
    DateTimeOffset? SendAt,
    DateTimeOffset? SendBy,
    string? Priority);
