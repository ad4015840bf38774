namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>One recipient's rendered message, as a preview shows it (not DKIM-signed).</summary>
/// <param name="Subject">The rendered subject.</param>
/// <param name="Html">The rendered HTML body, if the template has one.</param>
/// <param name="Text">The rendered plain-text body, if the template has one.</param>
/// <param name="Headers">The message's top-level headers, in order (name and value); none for an SMS.</param>
/// <param name="Sms">
/// For an SMS campaign, the text's kind (SMS or LMS) and length in EUC-KR bytes; <paramref name="Text"/> is then the
/// text exactly as the gateway receives it and <paramref name="Subject"/> the LMS subject (empty without one).
/// </param>
public sealed record MessagePreview(
    string Subject, string? Html, string? Text, IReadOnlyList<KeyValuePair<string, string>> Headers, Sms.SmsMeasure? Sms = null);
