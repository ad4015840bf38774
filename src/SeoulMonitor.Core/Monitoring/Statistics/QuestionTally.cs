using System.Text.Json;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>The running counts of one question (constant memory per question: bounded by its scale and choices).</summary>
internal sealed class QuestionTally(FormQuestion question)
{
    private readonly SortedDictionary<int, int> _ratings = [];
    private readonly Dictionary<string, int> _choices = new(StringComparer.Ordinal);
    private long _sum;

    public FormQuestion Question { get; } = question;

    public int Answered { get; private set; }

    public int Photos { get; set; }

    /// <summary>Counts one answer given to a question of the same kind (in whichever form version).</summary>
    public void Add(JsonElement answer)
    {
        switch (Question.Kind)
        {
            case QuestionKind.Rating when answer.ValueKind == JsonValueKind.Number && answer.TryGetInt32(out var rating):
                _ratings[rating] = _ratings.GetValueOrDefault(rating) + 1;
                _sum += rating;
                Answered++;
                break;
            case QuestionKind.SingleChoice when answer.ValueKind == JsonValueKind.String && answer.GetString() is { Length: > 0 } choice:
                Count(choice);
                Answered++;
                break;
            case QuestionKind.MultipleChoice when answer.ValueKind == JsonValueKind.Array && answer.GetArrayLength() > 0:
                foreach (var item in answer.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!).Distinct())
                {
                    Count(item);
                }

                Answered++;
                break;
            case QuestionKind.ShortText or QuestionKind.LongText or QuestionKind.DateTime
                when answer.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(answer.GetString()):
            case QuestionKind.Location when answer.ValueKind == JsonValueKind.Object:
                Answered++;
                break;
        }
    }

    /// <summary>Counts the submissions that answered a photo question.</summary>
    public void AddPhotoAnswers(int submissions, int photos)
    {
        Answered += submissions;
        Photos += photos;
    }

    public QuestionStatistics ToStatistics()
    {
        var q = Question;
        IReadOnlyList<ValueCount> distribution = [];
        if (q.Kind == QuestionKind.Rating)
        {
            var values = new SortedSet<int>(_ratings.Keys);
            if (q.ScaleMin is { } min && q.ScaleMax is { } max && max >= min && max - min <= 100)
            {
                values.UnionWith(Enumerable.Range(min, max - min + 1));
            }

            distribution = values.Select(v => new ValueCount(v, _ratings.GetValueOrDefault(v))).ToList();
        }

        IReadOnlyList<ChoiceCount> choices = [];
        if (q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
        {
            var declared = q.Choices ?? [];
            choices = declared.Concat(_choices.Keys.Where(k => !declared.Contains(k)).Order(StringComparer.Ordinal))
                .Select(c => new ChoiceCount(c, _choices.GetValueOrDefault(c))).ToList();
        }

        double? mean = q.Kind == QuestionKind.Rating && Answered > 0 ? Math.Round((double)_sum / Answered, 4) : null;
        return new QuestionStatistics(q.Key, q.Label, q.Kind, StatusNames.English(q.Kind), StatusNames.Korean(q.Kind), Answered, mean, distribution, choices, Photos);
    }

    private void Count(string choice) => _choices[choice] = _choices.GetValueOrDefault(choice) + 1;
}
