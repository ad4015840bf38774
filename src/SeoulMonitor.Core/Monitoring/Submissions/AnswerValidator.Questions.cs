using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The check of one answer by its question's kind.</summary>
internal static partial class AnswerValidator
{
    private static DomainError? Check(FormQuestion question, JsonElement value) => question.Kind switch
    {
        QuestionKind.Rating => Rating(question, value),
        QuestionKind.SingleChoice => value.ValueKind != JsonValueKind.String ? SubmissionAnswerErrors.WrongType(question.Key, "one of the choices (a string)")
            : IsChoice(question, value.GetString()) ? null : SubmissionAnswerErrors.NotAChoice(question.Key),
        QuestionKind.MultipleChoice => Choices(question, value),
        QuestionKind.ShortText => Text(question, value, question.MaxLength ?? ShortTextDefaultMaxLength, singleLine: true),
        QuestionKind.LongText => Text(question, value, question.MaxLength ?? SubmissionLimits.DefaultTextMaxLength, singleLine: false),
        QuestionKind.Location => Location(question, value),
        QuestionKind.DateTime => value.ValueKind != JsonValueKind.String ? SubmissionAnswerErrors.WrongType(question.Key, "a date and time (a string)")
            : IsDateTime(value.GetString()!) ? null : SubmissionAnswerErrors.DateTimeInvalid(question.Key),
        _ => SubmissionAnswerErrors.WrongType(question.Key, "a supported answer"),
    };

    private static DomainError? Rating(FormQuestion question, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var rating))
        {
            return SubmissionAnswerErrors.WrongType(question.Key, "an integer");
        }

        var (min, max) = (question.ScaleMin ?? 1, question.ScaleMax ?? 5);
        return rating < min || rating > max ? SubmissionAnswerErrors.OutOfRange(question.Key, min, max) : null;
    }

    private static DomainError? Choices(FormQuestion question, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return SubmissionAnswerErrors.WrongType(question.Key, "a list of choices");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return SubmissionAnswerErrors.WrongType(question.Key, "a list of choices (strings)");
            }

            var choice = item.GetString()!;
            if (!IsChoice(question, choice))
            {
                return SubmissionAnswerErrors.NotAChoice(question.Key);
            }

            if (!seen.Add(choice))
            {
                return SubmissionAnswerErrors.DuplicateChoice(question.Key);
            }
        }

        return null;
    }

    private static DomainError? Text(FormQuestion question, JsonElement value, int max, bool singleLine)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return SubmissionAnswerErrors.WrongType(question.Key, "a text (a string)");
        }

        var text = value.GetString()!;
        return text.Length > max || (singleLine && text.AsSpan().ContainsAny('\r', '\n')) ? SubmissionAnswerErrors.TooLong(question.Key, max) : null;
    }

    private static DomainError? Location(FormQuestion question, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return SubmissionAnswerErrors.WrongType(question.Key, "an object {latitude, longitude, accuracy}");
        }

        double? latitude = null, longitude = null, accuracy = null;
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDouble(out var number))
            {
                return SubmissionAnswerErrors.WrongType(question.Key, "an object {latitude, longitude, accuracy} of numbers");
            }

            switch (property.Name)
            {
                case "latitude": latitude = number; break;
                case "longitude": longitude = number; break;
                case "accuracy": accuracy = number; break;
                default: return SubmissionAnswerErrors.LocationInvalid(question.Key);
            }
        }

        return Geo.IsValid(latitude, longitude, accuracy, accuracyRequired: false) ? null : SubmissionAnswerErrors.LocationInvalid(question.Key);
    }

    private static bool IsChoice(FormQuestion question, string? value) =>
        value is not null && question.Choices is { } choices && choices.Contains(value, StringComparer.Ordinal);

    private static bool IsDateTime(string value) =>
        IsoWithOffset().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex IsoWithOffset();
}
