using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>The kinds of questions a task form can ask. Answers are JSON values of the kind's shape.</summary>
public enum QuestionKind
{
    /// <summary>A rating on an integer scale <c>scaleMin..scaleMax</c>; answer: a JSON integer.</summary>
    [Name("Rating", "척도")]
    Rating,

    /// <summary>One of <c>choices</c>; answer: a JSON string equal to one choice.</summary>
    [Name("Single choice", "단일 선택")]
    SingleChoice,

    /// <summary>Any of <c>choices</c>; answer: a JSON array of distinct choices.</summary>
    [Name("Multiple choice", "복수 선택")]
    MultipleChoice,

    /// <summary>A short text (one line, at most <c>maxLength</c>); answer: a JSON string.</summary>
    [Name("Short text", "단답형")]
    ShortText,

    /// <summary>A long text (at most <c>maxLength</c>); answer: a JSON string.</summary>
    [Name("Long text", "서술형")]
    LongText,

    /// <summary>Photos (at most <c>maxPhotos</c>, each at most <c>maxPhotoBytes</c>); answer: uploaded with the submission.</summary>
    [Name("Photo", "사진")]
    Photo,

    /// <summary>A GPS location; answer: <c>{"latitude":…, "longitude":…, "accuracy":…}</c>.</summary>
    [Name("Location", "위치")]
    Location,

    /// <summary>A date and time with offset; answer: an ISO 8601 string.</summary>
    [Name("Date and time", "일시")]
    DateTime,
}
