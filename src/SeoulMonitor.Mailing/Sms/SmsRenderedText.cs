namespace SeoulMonitor.Mailing.Sms;

/// <summary>One recipient's SMS text as it is sent (line breaks as LF) and its measure (SMS or LMS, bytes).</summary>
/// <param name="Text">The text sent.</param>
/// <param name="Measure">Its kind and length in EUC-KR bytes.</param>
public sealed record SmsRenderedText(string Text, SmsMeasure Measure);
