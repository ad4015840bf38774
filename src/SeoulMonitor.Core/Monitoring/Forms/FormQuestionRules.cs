using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>The kind-specific checks of one question (its key and label already checked).</summary>
internal static class FormQuestionRules
{
    public static Result<FormQuestion> Rating(FormQuestion q)
    {
        if (q.ScaleMin is not { } min || q.ScaleMax is not { } max)
        {
            return FormErrors.Question("scale.required", q.Key, $"Rating '{q.Key}' needs scaleMin and scaleMax.", $"척도 질문 '{q.Key}'에는 최솟값과 최댓값이 필요합니다.");
        }

        if (min < FormLimits.ScaleLowest || max > FormLimits.ScaleHighest)
        {
            return FormErrors.Question("scale.out_of_range", q.Key,
                $"The scale of '{q.Key}' must lie within {FormLimits.ScaleLowest}..{FormLimits.ScaleHighest}.",
                $"'{q.Key}' 척도는 {FormLimits.ScaleLowest}~{FormLimits.ScaleHighest} 범위여야 합니다.");
        }

        return min >= max
            ? FormErrors.Question("scale.invalid", q.Key, $"The scale of '{q.Key}' needs scaleMin below scaleMax.", $"'{q.Key}' 척도의 최솟값은 최댓값보다 작아야 합니다.")
            : q;
    }

    public static Result<FormQuestion> Choices(FormQuestion q)
    {
        if (q.Choices is not { } choices)
        {
            return FormErrors.Question("choices.required", q.Key, $"Choice question '{q.Key}' needs its choices.", $"선택형 질문 '{q.Key}'에는 선택지가 필요합니다.");
        }

        if (choices.Count is < FormLimits.MinChoices or > FormLimits.MaxChoices)
        {
            return FormErrors.Question("choices.count", q.Key,
                $"Question '{q.Key}' must have {FormLimits.MinChoices} to {FormLimits.MaxChoices} choices.",
                $"'{q.Key}' 질문의 선택지는 {FormLimits.MinChoices}~{FormLimits.MaxChoices}개여야 합니다.");
        }

        var trimmed = new List<string>(choices.Count);
        foreach (var choice in choices)
        {
            var text = choice?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return FormErrors.Question("choices.empty", q.Key, $"Question '{q.Key}' has an empty choice.", $"'{q.Key}' 질문에 빈 선택지가 있습니다.");
            }

            if (text.Length > FormLimits.ChoiceMaxLength)
            {
                return FormErrors.Question("choices.too_long", q.Key, $"Each choice of '{q.Key}' may be at most {FormLimits.ChoiceMaxLength} characters.",
                    $"'{q.Key}' 질문의 선택지는 {FormLimits.ChoiceMaxLength}자 이하여야 합니다.");
            }

            if (trimmed.Contains(text, StringComparer.Ordinal))
            {
                return FormErrors.Question("choices.duplicate", q.Key, $"Question '{q.Key}' lists the choice '{text}' twice.", $"'{q.Key}' 질문에 선택지 '{text}'가 중복됩니다.");
            }

            trimmed.Add(text);
        }

        return q with { Choices = trimmed };
    }

    public static Result<FormQuestion> Text(FormQuestion q)
    {
        var max = q.MaxLength ?? (q.Kind == QuestionKind.ShortText ? FormLimits.DefaultShortTextLength : FormLimits.DefaultLongTextLength);
        return max is < 1 or > FormLimits.TextMaxLength
            ? FormErrors.Question("max_length.out_of_range", q.Key, $"maxLength of '{q.Key}' must be 1 to {FormLimits.TextMaxLength}.",
                $"'{q.Key}' 질문의 최대 글자 수는 1~{FormLimits.TextMaxLength}자여야 합니다.")
            : q with { MaxLength = max };
    }

    public static Result<FormQuestion> Photo(FormQuestion q)
    {
        var photos = q.MaxPhotos ?? FormLimits.DefaultMaxPhotos;
        var bytes = q.MaxPhotoBytes ?? FormLimits.DefaultMaxPhotoBytes;
        if (photos is < FormLimits.MinPhotos or > FormLimits.MaxPhotos)
        {
            return FormErrors.Question("max_photos.out_of_range", q.Key, $"maxPhotos of '{q.Key}' must be {FormLimits.MinPhotos} to {FormLimits.MaxPhotos}.",
                $"'{q.Key}' 질문의 사진 수는 {FormLimits.MinPhotos}~{FormLimits.MaxPhotos}장이어야 합니다.");
        }

        return bytes is < FormLimits.MinPhotoBytes or > FormLimits.MaxPhotoBytes
            ? FormErrors.Question("max_photo_bytes.out_of_range", q.Key,
                $"maxPhotoBytes of '{q.Key}' must be {FormLimits.MinPhotoBytes} to {FormLimits.MaxPhotoBytes} bytes.",
                $"'{q.Key}' 질문의 사진 크기 한도는 {FormLimits.MinPhotoBytes}~{FormLimits.MaxPhotoBytes}바이트여야 합니다.")
            : q with { MaxPhotos = photos, MaxPhotoBytes = bytes };
    }
}
