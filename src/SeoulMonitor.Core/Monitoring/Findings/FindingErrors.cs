using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>Refusals of findings, quotes, photos and sending (stable codes).</summary>
public static class FindingErrors
{
    /// <summary>No such finding (or not visible to the caller).</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound("finding.not_found", "The finding does not exist.", "의견이 없습니다.");

    /// <summary>No such task.</summary>
    public static DomainError TaskNotFound { get; } = DomainError.NotFound("finding.task_not_found", "The monitoring task does not exist.", "모니터링 과제가 없습니다.");

    /// <summary>The caller may not do this (staff only, or another department's finding).</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden("finding.forbidden", "You may not do this.", "권한이 없습니다.");

    /// <summary>The task is not being consolidated.</summary>
    public static DomainError TaskNotConsolidating { get; } = DomainError.Conflict("finding.task_not_consolidating",
        "Findings are drafted only while the task is consolidating or reported to its department.",
        "의견은 과제가 '의견 취합 중' 또는 '부서 통보' 상태일 때만 작성할 수 있습니다.");

    /// <summary>Only drafts may be changed.</summary>
    public static DomainError NotDraft { get; } = DomainError.Conflict("finding.not_draft",
        "Only a draft finding can be changed; this one was sent.", "작성 중인 의견만 수정할 수 있습니다. 이미 통보된 의견입니다.");

    /// <summary>Title missing.</summary>
    public static DomainError TitleRequired { get; } = DomainError.Validation("finding.title.required", "title", "Give the finding a title.", "의견 제목을 입력하세요.");

    /// <summary>Title too short or long.</summary>
    public static DomainError TitleLength { get; } = DomainError.Validation("finding.title.length", "title",
        $"The title must be {MonitoringLimits.TitleMinLength} to {MonitoringLimits.TitleMaxLength} characters.",
        $"제목은 {MonitoringLimits.TitleMinLength}~{MonitoringLimits.TitleMaxLength}자여야 합니다.");

    /// <summary>Summary missing.</summary>
    public static DomainError SummaryRequired { get; } = DomainError.Validation("finding.summary.required", "summary", "Give the consolidated opinion.", "의견 내용을 입력하세요.");

    /// <summary>Summary too long.</summary>
    public static DomainError SummaryTooLong { get; } = DomainError.Validation("finding.summary.too_long", "summary",
        $"The summary may be at most {MonitoringLimits.TextMaxLength} characters.", $"의견 내용은 {MonitoringLimits.TextMaxLength}자 이하여야 합니다.");

    /// <summary>Summary, title or quote contains personal data.</summary>
    public static DomainError TextPersonalData { get; } = DomainError.Validation("finding.text.personal_data", "summary",
        "The text looks like it contains personal data (an e-mail address, a phone number, a resident registration number or a contributor's name); remove it.",
        "개인정보(이메일, 전화번호, 주민등록번호, 참여 모니터 이름)로 보이는 내용이 있습니다. 삭제하세요.");

    /// <summary>No source submissions.</summary>
    public static DomainError SourcesRequired { get; } = DomainError.Validation("finding.sources.required", "sourceSubmissionIds",
        "Name at least one approved submission the finding comes from.", "의견의 근거가 된 승인된 제출을 하나 이상 지정하세요.");

    /// <summary>Too many sources.</summary>
    public static DomainError SourcesTooMany { get; } = DomainError.Validation("finding.sources.too_many", "sourceSubmissionIds",
        $"A finding may have at most {FindingLimits.MaxSources} source submissions.", $"의견의 근거 제출은 {FindingLimits.MaxSources}건 이하여야 합니다.");

    /// <summary>A source is not an approved submission of this task.</summary>
    public static DomainError SourceNotApproved { get; } = DomainError.Rule("finding.source.not_approved",
        "Every source must be an approved submission of the finding's task.", "근거 제출은 모두 이 과제의 승인된 제출이어야 합니다.");

    /// <summary>No other findings named.</summary>
    public static DomainError MergeOthersRequired { get; } = DomainError.Validation("finding.merge.others_required", "otherIds",
        $"Name 1 to {FindingLimits.MaxMerge} other findings to merge.", $"병합할 다른 의견을 1~{FindingLimits.MaxMerge}건 지정하세요.");

    /// <summary>A finding merged with itself, or one of another task.</summary>
    public static DomainError MergeInvalid { get; } = DomainError.Rule("finding.merge.invalid",
        "Merge only other draft findings of the same task.", "같은 과제의 다른 작성 중 의견만 병합할 수 있습니다.");

    /// <summary>Split without sources.</summary>
    public static DomainError SplitSourcesRequired { get; } = DomainError.Validation("finding.split.sources_required", "submissionIds",
        "Name the sources to move to the new finding.", "새 의견으로 옮길 근거 제출을 지정하세요.");

    /// <summary>Split of a submission that is not a source, or of every source.</summary>
    public static DomainError SplitInvalid { get; } = DomainError.Rule("finding.split.invalid",
        "Move some, not all, of the finding's own sources.", "이 의견의 근거 제출 중 전부가 아닌 일부만 옮길 수 있습니다.");

    /// <summary>Quote text missing.</summary>
    public static DomainError QuoteRequired { get; } = DomainError.Validation("finding.quote.required", "text", "Give the quote's text.", "인용문을 입력하세요.");

    /// <summary>Quote too long.</summary>
    public static DomainError QuoteTooLong { get; } = DomainError.Validation("finding.quote.too_long", "text",
        $"A quote may be at most {FindingLimits.QuoteMaxLength} characters.", $"인용문은 {FindingLimits.QuoteMaxLength}자 이하여야 합니다.");

    /// <summary>Quote looks like personal data.</summary>
    public static DomainError QuotePersonalData { get; } = DomainError.Validation("finding.quote.personal_data", "text",
        "The quote looks like it contains personal data (an e-mail address, a phone number, a resident registration number or a contributor's name); redact it.",
        "인용문에 개인정보(이메일, 전화번호, 주민등록번호, 참여 모니터 이름)로 보이는 내용이 있습니다. 삭제하세요.");

    /// <summary>Too many quotes.</summary>
    public static DomainError QuotesTooMany { get; } = DomainError.Rule("finding.quote.too_many",
        $"A finding may have at most {FindingLimits.MaxQuotes} quotes.", $"의견의 인용문은 {FindingLimits.MaxQuotes}개 이하여야 합니다.");

    /// <summary>The quote's or photo's submission is not a source of the finding.</summary>
    public static DomainError NotASource { get; } = DomainError.Rule("finding.not_a_source",
        "Quotes and photos come only from the finding's source submissions.", "인용문과 사진은 의견의 근거 제출에서만 가져올 수 있습니다.");

    /// <summary>No such quote.</summary>
    public static DomainError QuoteNotFound { get; } = DomainError.NotFound("finding.quote.not_found", "The quote does not exist.", "인용문이 없습니다.");

    /// <summary>No such photo (or not of this finding).</summary>
    public static DomainError PhotoNotFound { get; } = DomainError.NotFound("finding.photo.not_found", "The photo does not exist.", "사진이 없습니다.");

    /// <summary>The photo is already on the finding.</summary>
    public static DomainError PhotoAlreadyAdded { get; } = DomainError.Conflict("finding.photo.already_added", "The photo is already on the finding.", "이미 추가된 사진입니다.");

    /// <summary>Too many photos.</summary>
    public static DomainError PhotosTooMany { get; } = DomainError.Rule("finding.photo.too_many",
        $"A finding may have at most {FindingLimits.MaxPhotos} photos.", $"의견의 사진은 {FindingLimits.MaxPhotos}장 이하여야 합니다.");

    /// <summary>Nothing to send.</summary>
    public static DomainError SendRequired { get; } = DomainError.Validation("finding.send.required", "findingIds",
        $"Name 1 to {FindingLimits.MaxSend} draft findings of the task to send.", $"통보할 작성 중 의견을 1~{FindingLimits.MaxSend}건 지정하세요.");

    /// <summary>A finding to send is of another task.</summary>
    public static DomainError SendOtherTask { get; } = DomainError.Rule("finding.send.other_task",
        "Every finding sent must belong to the task.", "통보할 의견은 모두 이 과제의 의견이어야 합니다.");

    /// <summary>The task's department is not registered with a contact address.</summary>
    public static DomainError DepartmentContactMissing { get; } = DomainError.Rule("finding.department_contact_missing",
        "The requesting department is not registered with a contact e-mail address; register it first.",
        "요청 부서가 연락 이메일과 함께 등록되어 있지 않습니다. 먼저 부서를 등록하세요.");

    /// <summary>Decline or reopen without a reason.</summary>
    public static DomainError ReasonRequired { get; } = DomainError.Validation("finding.reason_required", "reason",
        "State the reason.", "사유를 입력하세요.");

    /// <summary>Staff's reason (shown to the department) looks like personal data.</summary>
    public static DomainError ReasonPersonalData { get; } = DomainError.Validation("finding.reason.personal_data", "reason",
        "The reason is shown to the department and looks like it contains personal data (an e-mail address, a phone number, a resident registration number or a contributor's name); remove it.",
        "사유는 부서에 전달되는데 개인정보(이메일, 전화번호, 주민등록번호, 참여 모니터 이름)로 보이는 내용이 있습니다. 삭제하세요.");

    /// <summary>Reflect without a response.</summary>
    public static DomainError ResponseRequired { get; } = DomainError.Validation("finding.response_required", "response",
        "Describe what was changed.", "반영 내용을 입력하세요.");

    /// <summary>Response, reason or note too long.</summary>
    public static DomainError TextTooLong { get; } = DomainError.Validation("finding.text.too_long", "response",
        $"The text may be at most {FindingLimits.ResponseMaxLength} characters.", $"내용은 {FindingLimits.ResponseMaxLength}자 이하여야 합니다.");

    /// <summary>Progress out of range.</summary>
    public static DomainError ProgressOutOfRange { get; } = DomainError.Validation("finding.progress.out_of_range", "percent",
        $"Progress must be {FindingLimits.MinProgress} to {FindingLimits.MaxProgress} percent.", $"진행률은 {FindingLimits.MinProgress}~{FindingLimits.MaxProgress}%여야 합니다.");

    /// <summary>Expected date missing (long-term review).</summary>
    public static DomainError ExpectedDateRequired { get; } = DomainError.Validation("finding.expected_date.required", "expectedDate",
        "Give the date by which the review is expected to finish.", "검토 완료 예정일을 입력하세요.");

    /// <summary>Expected date in the past or too far ahead.</summary>
    public static DomainError ExpectedDateOutOfRange { get; } = DomainError.Validation("finding.expected_date.out_of_range", "expectedDate",
        $"The expected date must be from today to {FindingLimits.ExpectedDateMaxYears} years ahead.", $"예정일은 오늘부터 {FindingLimits.ExpectedDateMaxYears}년 이내여야 합니다.");
}
