using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>Refusals of form publishing; question faults carry the question's key as their field.</summary>
public static class FormErrors
{
    /// <summary>The body is not a form definition.</summary>
    public static DomainError DefinitionInvalid { get; } = DomainError.Validation(
        "form.definition.invalid", "questions", "The form definition is not valid JSON of the form's shape.", "양식 정의가 올바른 형식이 아닙니다.");

    /// <summary>The definition is too large to store.</summary>
    public static DomainError DefinitionTooLarge { get; } = DomainError.Validation(
        "form.definition.too_large", "questions", $"The form definition may be at most {MonitoringLimits.JsonMaxLength} characters of JSON.",
        $"양식 정의는 JSON {MonitoringLimits.JsonMaxLength}자 이하여야 합니다.");

    /// <summary>No questions.</summary>
    public static DomainError QuestionsRequired { get; } = DomainError.Validation(
        "form.questions.required", "questions", "A form needs at least one question.", "양식에는 질문이 하나 이상 있어야 합니다.");

    /// <summary>Too many questions.</summary>
    public static DomainError TooManyQuestions { get; } = DomainError.Validation(
        "form.questions.too_many", "questions", $"A form may have at most {FormLimits.MaxQuestions} questions.", $"질문은 {FormLimits.MaxQuestions}개 이하여야 합니다.");

    /// <summary>The task's state does not allow a new version.</summary>
    public static DomainError TaskNotEditable { get; } = DomainError.Conflict(
        "form.task_not_editable", "A form can be published only before fieldwork closes.", "현장 활동이 끝난 과제에는 양식을 게시할 수 없습니다.");

    /// <summary>No such version.</summary>
    public static DomainError VersionNotFound { get; } = DomainError.NotFound(
        "form.version_not_found", "The task has no form version with this number.", "해당 번호의 양식 버전이 없습니다.");

    /// <summary>Only staff publish forms.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "form.forbidden", "Only program staff may publish forms.", "양식은 운영자만 게시할 수 있습니다.");

    /// <summary>A question fault: code <c>form.question.{what}</c>, field = the question's key (or its position).</summary>
    internal static DomainError Question(string what, string field, string en, string ko) =>
        DomainError.Validation($"form.question.{what}", field, en, ko);
}
