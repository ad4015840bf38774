namespace SeoulMonitor.Mailing.Sms;

/// <summary>A text's length in code page 949 bytes and the kind of message it goes as.</summary>
/// <param name="Kind">SMS up to 90 bytes, LMS up to 2,000.</param>
/// <param name="Bytes">The length in code page 949 (EUC-KR / UHC) bytes: Hangul two, ASCII one.</param>
public readonly record struct SmsMeasure(SmsKind Kind, int Bytes);
