namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>
/// The city's regular newsletters the seeder creates. Regimes: every newsletter that carries city news and public
/// information is a policy-customer list (표준 개인정보 보호지침 60③: re-consent every two years); the Sejong Center's
/// performance news sells tickets, so it is advertising-type (정보통신망법 50조: a confirmation notice every two years).
/// </summary>
public static class NewsletterCatalog
{
    /// <summary>One newsletter: key, Korean and English names, regime.</summary>
    public sealed record Entry(string Key, string NameKo, string NameEn, ConsentRegime Regime);

    /// <summary>The newsletters (15).</summary>
    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new("seoul-sibo", "서울시보", "Seoul City Gazette", ConsentRegime.PolicyCustomer),
        new("sema-news", "서울시립미술관 뉴스레터", "Seoul Museum of Art newsletter", ConsentRegime.PolicyCustomer),
        new("museum-history-news", "서울역사박물관 뉴스레터", "Seoul Museum of History newsletter", ConsentRegime.PolicyCustomer),
        new("seoul-news", "내 손안에 서울 뉴스레터", "Seoul in My Hand newsletter", ConsentRegime.PolicyCustomer),
        new("seoul-library-news", "서울도서관 뉴스레터", "Seoul Metropolitan Library newsletter", ConsentRegime.PolicyCustomer),
        new("sfac-news", "서울문화재단 뉴스레터", "Seoul Foundation for Arts and Culture newsletter", ConsentRegime.PolicyCustomer),
        new("seoul-policy-news", "서울시 정책 소식", "Seoul policy news", ConsentRegime.PolicyCustomer),
        new("seoul-youth-news", "서울 청년 소식", "Seoul youth news", ConsentRegime.PolicyCustomer),
        new("citizen-monitor-news", "서울시민모니터 소식", "Seoul Citizen Monitor news", ConsentRegime.PolicyCustomer),
        new("climate-environment-news", "서울 기후환경 소식", "Seoul climate and environment news", ConsentRegime.PolicyCustomer),
        new("welfare-news", "서울 복지 소식", "Seoul welfare news", ConsentRegime.PolicyCustomer),
        new("economy-news", "서울 경제 뉴스레터", "Seoul economy newsletter", ConsentRegime.PolicyCustomer),
        new("visit-seoul-news", "서울 관광 소식", "Visit Seoul newsletter", ConsentRegime.PolicyCustomer),
        new("parks-news", "서울의 공원 소식", "Seoul parks newsletter", ConsentRegime.PolicyCustomer),
        new("sejong-center-performances", "세종문화회관 공연 소식", "Sejong Center performance news", ConsentRegime.Advertising),
    ];
}
