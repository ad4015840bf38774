using System.Globalization;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms;

/// <summary>The refusals of SMS texts, each with a stable code and an English and a Korean message.</summary>
public static class SmsErrors
{
    /// <summary><c>sms.text.empty</c>.</summary>
    public static MailingError TextEmpty() => new("sms.text.empty", "The text message is empty.", "문자 내용이 비어 있습니다.");

    /// <summary><c>sms.text.too_long</c>.</summary>
    public static MailingError TextTooLong(int bytes) => new(
        "sms.text.too_long",
        string.Create(CultureInfo.InvariantCulture, $"The text is {bytes:N0} bytes in EUC-KR; an LMS holds at most {SmsText.LmsMaxBytes:N0}."),
        string.Create(CultureInfo.InvariantCulture, $"문자 내용이 EUC-KR 기준 {bytes:N0}바이트입니다. 장문(LMS)은 최대 {SmsText.LmsMaxBytes:N0}바이트입니다."));

    /// <summary><c>sms.text.unencodable</c>.</summary>
    public static MailingError TextUnencodable(string character, int index) => new(
        "sms.text.unencodable",
        string.Create(CultureInfo.InvariantCulture, $"The character '{character}' at position {index + 1} cannot be sent by SMS (it is not in EUC-KR, which Korean operators require); remove or replace it."),
        string.Create(CultureInfo.InvariantCulture, $"{index + 1}번째 문자 '{character}'는 EUC-KR에 없어 문자로 보낼 수 없습니다. 지우거나 바꿔 주세요."));
}
