namespace SeoulMonitor.Mailing.Sms;

/// <summary>A text's length in EUC-KR bytes and the kind of message it goes as.</summary>
/// <param name="Kind">SMS up to 90 bytes, LMS up to 2,000.</param>
/// <param name="Bytes">The length in EUC-KR bytes (Hangul two, ASCII one, a line break one); see <see cref="SmsText"/>.</param>
public readonly record struct SmsMeasure(SmsKind Kind, int Bytes);
