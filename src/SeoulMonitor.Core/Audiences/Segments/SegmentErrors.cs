using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>The stable refusals of segments (<c>segment.*</c>).</summary>
public static class SegmentErrors
{
    /// <summary>Largest definition text accepted.</summary>
    public const int DefinitionMaxLength = 16_000;

    /// <summary>The definition is not JSON of the documented shape.</summary>
    public static DomainError DefinitionInvalid(string what) => DomainError.Validation(
        "segment.definition.invalid", "definition",
        $"The segment definition is not valid: {what}. Expected {{\"lists\":[…], \"districts\":[{{\"province\",\"district\"}}], \"traits\":[{{\"name\",\"op\",\"values\"}}]}}.",
        $"세그먼트 정의가 올바르지 않습니다: {what}. 형식: {{\"lists\":[…], \"districts\":[{{\"province\",\"district\"}}], \"traits\":[{{\"name\",\"op\",\"values\"}}]}}");

    /// <summary>The definition text is too long.</summary>
    public static DomainError DefinitionTooLong { get; } = DomainError.Validation(
        "segment.definition.too_long", "definition",
        $"The segment definition may have at most {DefinitionMaxLength} characters.", $"세그먼트 정의는 {DefinitionMaxLength}자 이하여야 합니다.");

    /// <summary>No list named.</summary>
    public static DomainError ListsRequired { get; } = DomainError.Validation(
        "segment.lists.required", "definition.lists", "A segment names at least one list.", "세그먼트에는 수신 목록이 하나 이상 있어야 합니다.");

    /// <summary>A list key that does not exist.</summary>
    public static DomainError ListUnknown(string key) => DomainError.Validation(
        "segment.list.unknown", "definition.lists", $"There is no list '{Cut(key)}'.", $"'{Cut(key)}' 수신 목록이 없습니다.");

    /// <summary>A district not in the region catalogue.</summary>
    public static DomainError DistrictUnknown(string province, string district) => DomainError.Validation(
        "segment.district.unknown", "definition.districts",
        $"There is no district '{Cut(district)}' in province '{Cut(province)}'.", $"시도 '{Cut(province)}'에 '{Cut(district)}' 자치구가 없습니다.");

    /// <summary>An operator other than eq, neq, in, exists or missing.</summary>
    public static DomainError OperatorInvalid(string op) => DomainError.Validation(
        "segment.trait.operator.invalid", "definition.traits",
        $"Unknown operator '{Cut(op)}': use eq, neq, in, exists or missing.", $"알 수 없는 연산자 '{Cut(op)}'입니다. eq, neq, in, exists, missing 중 하나를 쓰세요.");

    /// <summary>An attribute name of the wrong shape.</summary>
    public static DomainError TraitNameInvalid { get; } = DomainError.Validation(
        "segment.trait.name.invalid", "definition.traits",
        $"An attribute name has 1 to {AudienceLimits.AttributeNameMaxLength} lower-case letters, digits, '_' or '-'.",
        $"속성 이름은 소문자, 숫자, '_', '-'로 된 1~{AudienceLimits.AttributeNameMaxLength}자여야 합니다.");

    /// <summary>Values that do not fit the operator.</summary>
    public static DomainError TraitValuesInvalid { get; } = DomainError.Validation(
        "segment.trait.values.invalid", "definition.traits",
        $"eq and neq take one value, in one or more, exists and missing none; each value at most {AudienceLimits.AttributeValueMaxLength} characters.",
        $"eq와 neq는 값 하나, in은 하나 이상, exists와 missing은 값 없이 씁니다. 값은 {AudienceLimits.AttributeValueMaxLength}자 이하입니다.");

    /// <summary>Too many conditions.</summary>
    public static DomainError TooManyConditions { get; } = DomainError.Validation(
        "segment.conditions.too_many", "definition",
        $"A segment may have at most {AudienceLimits.MaxSegmentConditions} conditions (lists, districts and attribute conditions together, and the values of 'in').",
        $"세그먼트 조건(목록, 자치구, 속성 조건과 'in'의 값 합계)은 {AudienceLimits.MaxSegmentConditions}개 이하여야 합니다.");

    /// <summary>No name, or too long.</summary>
    public static DomainError NameInvalid { get; } = DomainError.Validation(
        "segment.name.invalid", "name", $"A segment's name has 1 to {AudienceLimits.NameMaxLength} characters.", $"세그먼트 이름은 1~{AudienceLimits.NameMaxLength}자여야 합니다.");

    /// <summary>Channel other than Email or Sms.</summary>
    public static DomainError ChannelInvalid { get; } = DomainError.Validation(
        "segment.channel.invalid", "channel", "The channel must be Email or Sms.", "채널은 Email 또는 Sms여야 합니다.");

    /// <summary>No such segment.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound("segment.not_found", "No such segment.", "세그먼트가 없습니다.");

    private static string Cut(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
