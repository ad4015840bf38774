using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>Refusals of single answers and photos; the field is the question's key.</summary>
public static class SubmissionAnswerErrors
{
    /// <summary><c>submission.answer.unknown_key</c>: no such question in the form version.</summary>
    public static DomainError UnknownKey(string key) => Answer("unknown_key", key, "The form has no question with this key.", "설문에 이 문항이 없습니다.");

    /// <summary><c>submission.answer.required</c>: a required question is unanswered (or a required photo question has no photo).</summary>
    public static DomainError Required(string key) => Answer("required", key, "This question must be answered.", "필수 문항입니다.");

    /// <summary><c>submission.answer.wrong_type</c>: the JSON value has the wrong type for the question.</summary>
    public static DomainError WrongType(string key, string expected) =>
        Answer("wrong_type", key, $"The answer must be {expected}.", $"답변 형식이 올바르지 않습니다({expected}).");

    /// <summary><c>submission.answer.out_of_range</c>: a rating outside the scale.</summary>
    public static DomainError OutOfRange(string key, int min, int max) =>
        Answer("out_of_range", key, $"The rating must be {min} to {max}.", $"척도는 {min}~{max} 사이여야 합니다.");

    /// <summary><c>submission.answer.not_a_choice</c>: not one of the question's choices.</summary>
    public static DomainError NotAChoice(string key) => Answer("not_a_choice", key, "The answer must be one of the question's choices.", "보기 중에서 선택하세요.");

    /// <summary><c>submission.answer.duplicate_choice</c>: the same choice twice.</summary>
    public static DomainError DuplicateChoice(string key) => Answer("duplicate_choice", key, "Each choice may be given once.", "같은 보기를 두 번 선택할 수 없습니다.");

    /// <summary><c>submission.answer.too_long</c>: a text longer than the question allows (or a short text with a line break).</summary>
    public static DomainError TooLong(string key, int max) =>
        Answer("too_long", key, $"The answer may be at most {max} characters (short texts on one line).", $"답변은 {max}자 이하여야 합니다(단답형은 한 줄).");

    /// <summary><c>submission.answer.date_time_invalid</c>: not an ISO 8601 date and time with offset.</summary>
    public static DomainError DateTimeInvalid(string key) =>
        Answer("date_time_invalid", key, "The answer must be a date and time with offset, e.g. 2026-05-10T14:00:00+09:00.", "일시는 2026-05-10T14:00:00+09:00 형식이어야 합니다.");

    /// <summary><c>submission.answer.location_invalid</c>: a location answer out of range.</summary>
    public static DomainError LocationInvalid(string key) =>
        Answer("location_invalid", key, $"The location needs latitude -90..90, longitude -180..180 and optional accuracy 0..{SubmissionLimits.MaxAccuracyMeters:0} m.",
            $"위치는 위도 -90~90, 경도 -180~180, 정확도 0~{SubmissionLimits.MaxAccuracyMeters:0}m여야 합니다.");

    /// <summary><c>submission.answer.photo_expected</c>: a photo question answered in the JSON instead of by upload.</summary>
    public static DomainError PhotoExpected(string key) =>
        Answer("photo_expected", key, "Photo questions are answered by uploading photos, not in the answers.", "사진 문항은 답변이 아니라 사진 업로드로 답합니다.");

    /// <summary><c>submission.photo.not_an_image</c>: the content is not a JPEG, PNG, WebP or HEIC/HEIF image.</summary>
    public static DomainError NotAnImage(string key) =>
        Photo("not_an_image", key, "The photo must be a JPEG, PNG, WebP or HEIC image (checked by content, not by name).", "사진은 JPEG, PNG, WebP, HEIC 이미지여야 합니다(파일 내용으로 확인).");

    /// <summary><c>submission.photo.too_large</c>: larger than the question or the program allows.</summary>
    public static DomainError TooLarge(string key, long max) =>
        Photo("too_large", key, $"A photo for this question may be at most {max} bytes.", $"이 문항의 사진은 {max}바이트 이하여야 합니다.");

    /// <summary><c>submission.photo.too_many</c>: more photos than the question allows.</summary>
    public static DomainError TooMany(string key, int max) =>
        Photo("too_many", key, $"At most {max} photo(s) for this question.", $"이 문항에는 사진을 최대 {max}장 올릴 수 있습니다.");

    /// <summary><c>submission.photo.question_invalid</c>: a photo for a question that is not a photo question.</summary>
    public static DomainError QuestionInvalid(string key) =>
        Photo("question_invalid", key, "Photos can only answer photo questions of the form.", "사진은 설문의 사진 문항에만 올릴 수 있습니다.");

    private static DomainError Answer(string problem, string key, string message, string messageKo) =>
        DomainError.Validation($"submission.answer.{problem}", key, message, messageKo);

    private static DomainError Photo(string problem, string key, string message, string messageKo) =>
        DomainError.Validation($"submission.photo.{problem}", key, message, messageKo);
}
