using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms.Numbers;

/// <summary>The refusals of phone numbers, each with a stable code and an English and a Korean message.</summary>
public static class SmsNumberErrors
{
    /// <summary><c>sms.number.required</c>.</summary>
    public static MailingError NumberRequired() => new(
        "sms.number.required", "A mobile number is required.", "휴대전화 번호가 필요합니다.");

    /// <summary><c>sms.number.invalid</c>.</summary>
    public static MailingError NumberInvalid() => new(
        "sms.number.invalid",
        "The mobile number must be a 010 number such as 010-1234-5678.",
        "휴대전화 번호는 010-1234-5678 형식의 010 번호여야 합니다.");

    /// <summary><c>sms.number.retired</c>: 011, 016, 017, 018 and 019 numbers no longer exist.</summary>
    public static MailingError NumberRetired() => new(
        "sms.number.retired",
        "011, 016, 017, 018 and 019 numbers were retired; use the person's 010 number.",
        "011·016·017·018·019 번호는 폐지되었습니다. 010 번호를 사용하세요.");

    /// <summary><c>sms.number.unassigned</c>: 010-0xxx and 010-1xxx are never assigned.</summary>
    public static MailingError NumberUnassigned() => new(
        "sms.number.unassigned",
        "010 numbers whose middle block starts with 0 or 1 are not assigned to subscribers.",
        "가운데 자리가 0 또는 1로 시작하는 010 번호는 부여되지 않는 번호입니다.");

    /// <summary><c>sms.sender.invalid</c>.</summary>
    public static MailingError SenderInvalid(string? value) => new(
        "sms.sender.invalid",
        $"'{Cut(value)}' is not a Korean caller number (02-2133-1234, 031-234-5678, 1588-1234, 010-1234-5678).",
        $"'{Cut(value)}'은(는) 발신번호 형식이 아닙니다 (02-2133-1234, 031-234-5678, 1588-1234, 010-1234-5678).");

    /// <summary><c>sms.sender.unregistered</c>.</summary>
    public static MailingError SenderUnregistered(string number) => new(
        "sms.sender.unregistered",
        $"The caller number {number} is not registered (Mailing:Sms:SenderNumbers); SMS may only come from pre-registered numbers.",
        $"발신번호 {number}은(는) 등록되지 않았습니다 (Mailing:Sms:SenderNumbers). 문자는 사전 등록된 번호로만 보낼 수 있습니다.");

    private static string Cut(string? value) => value is null ? string.Empty : value.Length <= 24 ? value : value[..24] + "…";
}
