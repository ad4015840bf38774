using System.Globalization;
using System.Text.Json;
using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Host.Demo;

/// <summary>The demo tasks' field form (every question kind) and sample answers to it.</summary>
internal static class DemoMonitoringForm
{
    public static readonly string[] Conditions = ["매우 좋음", "좋음", "보통", "나쁨", "매우 나쁨"];

    public static readonly string[] Problems = ["안내 표지", "보행 안전", "청결", "편의시설", "직원 응대", "기타"];

    /// <summary>A site check: rating, single and multiple choice, short and long text, photos, location, date and time.</summary>
    public static FormDefinition SiteCheck { get; } = new()
    {
        Questions =
        [
            new FormQuestion { Key = "overall", Kind = QuestionKind.Rating, Label = "전반적인 만족도 (1: 매우 불만족 – 5: 매우 만족)", Required = true, ScaleMin = 1, ScaleMax = 5 },
            new FormQuestion { Key = "condition", Kind = QuestionKind.SingleChoice, Label = "시설 상태는 어떻습니까?", Required = true, Choices = Conditions },
            new FormQuestion { Key = "problems", Kind = QuestionKind.MultipleChoice, Label = "개선이 필요한 부분을 모두 고르세요.", Choices = Problems },
            new FormQuestion { Key = "site", Kind = QuestionKind.ShortText, Label = "점검한 장소", Required = true, MaxLength = 100 },
            new FormQuestion { Key = "opinion", Kind = QuestionKind.LongText, Label = "개선 의견", Required = true, MaxLength = 2000 },
            new FormQuestion { Key = "photos", Kind = QuestionKind.Photo, Label = "현장 사진 (최대 3장)", MaxPhotos = 3, MaxPhotoBytes = 5L * 1024 * 1024 },
            new FormQuestion { Key = "location", Kind = QuestionKind.Location, Label = "점검 위치" },
            new FormQuestion { Key = "visited_at", Kind = QuestionKind.DateTime, Label = "방문 일시" },
        ],
    };

    /// <summary>One submission's answers (no photos), at <paramref name="latitude"/>/<paramref name="longitude"/>.</summary>
    public static JsonElement Answers(
        int overall, int condition, string[] problems, string site, string opinion, double latitude, double longitude, DateTimeOffset visitedAt) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["overall"] = overall,
            ["condition"] = Conditions[condition],
            ["problems"] = problems,
            ["site"] = site,
            ["opinion"] = opinion,
            ["location"] = new Dictionary<string, double> { ["latitude"] = latitude, ["longitude"] = longitude, ["accuracy"] = 12.5 },
            ["visited_at"] = visitedAt.ToString("O", CultureInfo.InvariantCulture),
        });
}
