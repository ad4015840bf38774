using System.Text.RegularExpressions;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>
/// Checks a form definition and returns it normalised (labels and choices trimmed, kind defaults filled in). Each
/// problem has its own code; question problems name the question's key (or <c>questions[i]</c>) as the field.
/// </summary>
internal static partial class FormValidation
{
    public static Result<FormDefinition> Validate(FormDefinition? definition)
    {
        if (definition?.Questions is not { } questions || questions.Count == 0)
        {
            return FormErrors.QuestionsRequired;
        }

        if (questions.Count > FormLimits.MaxQuestions)
        {
            return FormErrors.TooManyQuestions;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var normalized = new List<FormQuestion>(questions.Count);
        for (var i = 0; i < questions.Count; i++)
        {
            var checkedQuestion = Question(questions[i], i, keys);
            if (!checkedQuestion.IsSuccess)
            {
                return checkedQuestion.Error;
            }

            normalized.Add(checkedQuestion.Value);
        }

        var result = new FormDefinition { Questions = normalized };
        return FormJson.Serialize(result).Length > MonitoringLimits.JsonMaxLength ? FormErrors.DefinitionTooLarge : result;
    }

    private static Result<FormQuestion> Question(FormQuestion? q, int index, HashSet<string> keys)
    {
        var position = $"questions[{index}]";
        if (q is null)
        {
            return FormErrors.Question("invalid", position, $"Question {index + 1} is empty.", $"{index + 1}번 질문이 비어 있습니다.");
        }

        if (q.Key is null || !KeyPattern().IsMatch(q.Key))
        {
            return FormErrors.Question("key.invalid", position,
                $"Question {index + 1}: the key must start with a lower-case letter and have at most {FormLimits.KeyMaxLength} lower-case letters, digits or '_'.",
                $"{index + 1}번 질문: 키는 영문 소문자로 시작하고 영문 소문자·숫자·'_'로 {FormLimits.KeyMaxLength}자 이하여야 합니다.");
        }

        var key = q.Key;
        if (!keys.Add(key))
        {
            return FormErrors.Question("key.duplicate", key, $"The key '{key}' is used twice.", $"키 '{key}'가 중복됩니다.");
        }

        if (!Enum.IsDefined(q.Kind))
        {
            return FormErrors.Question("kind.unknown", key, "The question's kind is not known.", "알 수 없는 질문 유형입니다.");
        }

        var label = string.IsNullOrWhiteSpace(q.Label) ? null : q.Label.Trim();
        if (label is null)
        {
            return FormErrors.Question("label.required", key, $"Question '{key}' needs a label.", $"'{key}' 질문의 문구를 입력하세요.");
        }

        if (label.Length > FormLimits.LabelMaxLength)
        {
            return FormErrors.Question("label.too_long", key, $"The label of '{key}' may be at most {FormLimits.LabelMaxLength} characters.",
                $"'{key}' 질문의 문구는 {FormLimits.LabelMaxLength}자 이하여야 합니다.");
        }

        if (StrayAttribute(q) is { } stray)
        {
            return FormErrors.Question("attribute.not_allowed", key,
                $"'{stray}' does not apply to a {StatusNames.English(q.Kind)} question ('{key}').",
                $"'{stray}' 속성은 {StatusNames.Korean(q.Kind)} 질문('{key}')에 쓸 수 없습니다.");
        }

        var basic = q with { Label = label };
        return q.Kind switch
        {
            QuestionKind.Rating => FormQuestionRules.Rating(basic),
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => FormQuestionRules.Choices(basic),
            QuestionKind.ShortText or QuestionKind.LongText => FormQuestionRules.Text(basic),
            QuestionKind.Photo => FormQuestionRules.Photo(basic),
            _ => basic,
        };
    }

    /// <summary>The first attribute set on a question whose kind does not use it.</summary>
    private static string? StrayAttribute(FormQuestion q)
    {
        var isRating = q.Kind == QuestionKind.Rating;
        var isChoice = q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
        var isText = q.Kind is QuestionKind.ShortText or QuestionKind.LongText;
        var isPhoto = q.Kind == QuestionKind.Photo;
        return q.Choices is not null && !isChoice ? "choices"
            : q.ScaleMin is not null && !isRating ? "scaleMin"
            : q.ScaleMax is not null && !isRating ? "scaleMax"
            : q.MaxLength is not null && !isText ? "maxLength"
            : q.MaxPhotos is not null && !isPhoto ? "maxPhotos"
            : q.MaxPhotoBytes is not null && !isPhoto ? "maxPhotoBytes"
            : null;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex KeyPattern();
}
