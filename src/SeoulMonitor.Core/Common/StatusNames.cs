using System.Collections.Concurrent;
using System.Reflection;

namespace SeoulMonitor.Core.Common;

/// <summary>English and Korean names of user-facing enum members, read from <see cref="NameAttribute"/>.</summary>
public static class StatusNames
{
    private static readonly ConcurrentDictionary<(Type, string), NameAttribute?> Cache = new();

    private static readonly Dictionary<string, string> KoreanEntities = new(StringComparer.Ordinal)
    {
        ["application"] = "신청",
        ["membership"] = "회원 자격",
        ["consent_notice"] = "개인정보 수집·이용 안내",
        ["community"] = "커뮤니티",
        ["community_member"] = "커뮤니티 구성원",
        ["training_session"] = "교육",
        ["training_registration"] = "교육 신청",
        ["access_review"] = "접속기록 점검",
        ["stipend_entry"] = "활동비 내역",
        ["stipend_recovery"] = "환수",
        ["award_cycle"] = "우수 시상",
        ["consultation"] = "전문가 자문",
        ["insurance_claim"] = "상해 보험 청구",
        ["community_activity"] = "커뮤니티 활동",
        ["task_demand"] = "과제 수요",
        ["monitoring_task"] = "모니터링 과제",
        ["participation"] = "과제 참여",
        ["field_submission"] = "현장 활동 보고",
        ["finding"] = "취합 의견",
    };

    /// <summary>The English name of an enum member (its declared name when it has none).</summary>
    public static string English<TEnum>(TEnum value) where TEnum : struct, Enum => Find(value)?.English ?? value.ToString();

    /// <summary>The Korean name of an enum member (its declared name when it has none).</summary>
    public static string Korean<TEnum>(TEnum value) where TEnum : struct, Enum => Find(value)?.Korean ?? value.ToString();

    /// <summary>Whether the member has both names.</summary>
    public static bool HasNames(Type enumType, string member)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Find(enumType, member) is { English.Length: > 0, Korean.Length: > 0 };
    }

    /// <summary>The Korean name of a lifecycle entity used in error codes.</summary>
    public static string KoreanEntity(string entity) => KoreanEntities.GetValueOrDefault(entity, entity);

    private static NameAttribute? Find<TEnum>(TEnum value) where TEnum : struct, Enum => Find(typeof(TEnum), value.ToString());

    private static NameAttribute? Find(Type type, string member) => Cache.GetOrAdd(
        (type, member),
        static key => key.Item1.GetField(key.Item2, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<NameAttribute>());
}
