using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>The refusals of the lists catalogue (stable codes).</summary>
public static class ListErrors
{
    /// <summary>No such list.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound("list.not_found", "The list was not found.", "목록을 찾을 수 없습니다.");

    /// <summary>The key is malformed.</summary>
    public static DomainError KeyInvalid { get; } = DomainError.Validation(
        "list.key.invalid", "key", $"A list key is 2–{AudienceLimits.ListKeyMaxLength} lower-case letters, digits and '-', starting with a letter.",
        $"목록 키는 영문 소문자로 시작하는 2~{AudienceLimits.ListKeyMaxLength}자의 영문 소문자·숫자·'-'여야 합니다.");

    /// <summary>The key is taken.</summary>
    public static DomainError KeyTaken { get; } = DomainError.Conflict("list.key.duplicate", "A list with this key already exists.", "같은 키의 목록이 이미 있습니다.");

    /// <summary>Opening an open list.</summary>
    public static DomainError AlreadyOpen { get; } = DomainError.Conflict("list.already_open", "The list is already open.", "이미 구독을 받고 있는 목록입니다.");

    /// <summary>Closing a closed list.</summary>
    public static DomainError AlreadyClosed { get; } = DomainError.Conflict("list.already_closed", "The list is already closed.", "이미 구독을 받지 않는 목록입니다.");

    /// <summary>The notice is missing.</summary>
    public static DomainError NoticeRequired { get; } = DomainError.Validation(
        "list.notice.required", "notice", "A new list needs its first consent notice.", "새 목록에는 첫 개인정보 수집·이용 안내가 필요합니다.");

    internal static DomainError Required(string field, string en, string ko) =>
        DomainError.Validation($"list.{field}.required", field, $"{en} is required.", $"{ko}을(를) 입력하세요.");

    internal static DomainError TooLong(string field, int max, string en, string ko) =>
        DomainError.Validation($"list.{field}.too_long", field, $"{en} may have at most {max} characters.", $"{ko}은(는) {max}자 이하여야 합니다.");
}
