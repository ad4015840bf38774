namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The gateway's answer to one message.</summary>
/// <param name="Kind">The class of the answer.</param>
/// <param name="StatusCode">The HTTP status (0 when there was no answer).</param>
/// <param name="Code">The gateway's code (refusals), or a code of ours (<c>timeout</c>, <c>connection</c>, <c>circuit_open</c>).</param>
/// <param name="Message">The gateway's message id when accepted; otherwise a description.</param>
/// <param name="RetryAfter">The gateway's <c>Retry-After</c>, if any.</param>
public readonly record struct SmsGatewayAnswer(SmsGatewayAnswerKind Kind, int StatusCode, string? Code, string? Message, TimeSpan? RetryAfter = null)
{
    /// <summary>The gateway's message id of an accepted message.</summary>
    public string? MessageId => Kind == SmsGatewayAnswerKind.Accepted ? Message : null;

    /// <summary>The text stored as the row's reply.</summary>
    public string Reply => Kind == SmsGatewayAnswerKind.Accepted
        ? $"Accepted by the SMS gateway as {Message ?? "(no id)"}."
        : $"{Code ?? "unknown"}: {Message}";
}
