using System.Text.Json;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// Checks a submission's answers against the form version they were made for and writes them canonically (keys in
/// ordinal order, compact JSON, unanswered questions left out), so equal answers hash equally.
/// </summary>
internal static partial class AnswerValidator
{
    /// <summary>Longest short text when the question does not say.</summary>
    public const int ShortTextDefaultMaxLength = MonitoringLimits.TitleMaxLength;

    /// <summary>The canonical answers document, or the first problem found.</summary>
    public static Result<string> Validate(FormDefinition form, JsonElement answers, IReadOnlySet<string> photoKeys)
    {
        if (answers.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            answers = EmptyObject;
        }

        if (answers.ValueKind != JsonValueKind.Object)
        {
            return SubmissionErrors.AnswersInvalid;
        }

        var questions = form.Questions.ToDictionary(q => q.Key, StringComparer.Ordinal);
        var given = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in answers.EnumerateObject())
        {
            if (!questions.TryGetValue(property.Name, out var question))
            {
                return SubmissionAnswerErrors.UnknownKey(property.Name);
            }

            if (given.ContainsKey(property.Name))
            {
                return SubmissionErrors.AnswersInvalid;
            }

            if (question.Kind == QuestionKind.Photo)
            {
                return SubmissionAnswerErrors.PhotoExpected(property.Name);
            }

            if (IsUnanswered(property.Value))
            {
                continue;
            }

            if (Check(question, property.Value) is { } problem)
            {
                return problem;
            }

            given.Add(property.Name, property.Value);
        }

        foreach (var question in form.Questions.Where(q => q.Required))
        {
            var answered = question.Kind == QuestionKind.Photo ? photoKeys.Contains(question.Key) : given.ContainsKey(question.Key);
            if (!answered)
            {
                return SubmissionAnswerErrors.Required(question.Key);
            }
        }

        var canonical = Canonical(given);
        return canonical.Length > SubmissionLimits.MaxAnswersLength ? SubmissionErrors.AnswersTooLong : canonical;
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private static bool IsUnanswered(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    private static string Canonical(SortedDictionary<string, JsonElement> answers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in answers)
            {
                writer.WritePropertyName(key);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
