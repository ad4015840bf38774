namespace SeoulMonitor.Mailing.Sms;

/// <summary>How a text message goes out, by its length in EUC-KR bytes.</summary>
public enum SmsKind
{
    /// <summary>A short message (단문, SMS): at most <see cref="SmsText.SmsMaxBytes"/> bytes.</summary>
    Sms,

    /// <summary>A long message (장문, LMS): at most <see cref="SmsText.LmsMaxBytes"/> bytes.</summary>
    Lms,
}
