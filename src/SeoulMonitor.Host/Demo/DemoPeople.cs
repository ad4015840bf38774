namespace SeoulMonitor.Host.Demo;

/// <summary>The sample citizens of the demo data (fictitious; e-mail on the reserved example.com domain).</summary>
internal static class DemoPeople
{
    public static readonly IReadOnlyList<(string Name, string BirthDate, string Province, string District)> All =
    [
        ("김민준", "1985-04-12", "서울특별시", "종로구"),
        ("이서연", "1992-11-03", "서울특별시", "마포구"),
        ("박지훈", "1978-02-28", "서울특별시", "강남구"),
        ("최수아", "2000-07-19", "서울특별시", "노원구"),
        ("정도윤", "1969-09-09", "서울특별시", "송파구"),
        ("강하은", "1996-02-29", "서울특별시", "은평구"),
        ("조예준", "1988-05-21", "인천광역시", "미추홀구"),
        ("윤지우", "1974-12-01", "인천광역시", "연수구"),
        ("장서준", "1990-03-15", "경기도", "수원시"),
        ("임하린", "1983-08-30", "경기도", "고양시"),
        ("한유진", "2001-01-05", "경기도", "성남시"),
        ("오시우", "1965-06-25", "서울특별시", "관악구"),
    ];

    public static string Email(int index) => $"monitor{index + 1:D2}@example.com";

    public static string Mobile(int index) => $"010-{2100 + index:D4}-{5000 + (index * 37):D4}";
}
