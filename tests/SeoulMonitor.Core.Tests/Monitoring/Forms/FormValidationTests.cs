using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Core.Tests.Monitoring.Forms;

/// <summary>Each form-definition problem has its own code, with the question's key (or position) as the field.</summary>
public sealed class FormValidationTests
{
    private static FormQuestion Rating(string key = "score") => new() { Key = key, Kind = QuestionKind.Rating, Label = "점수", ScaleMin = 1, ScaleMax = 5 };

    private static FormQuestion Choice(params string[] choices) => new() { Key = "choice", Kind = QuestionKind.SingleChoice, Label = "선택", Choices = choices };

    private static (string? Code, string? Field) Check(params FormQuestion?[] questions)
    {
        var result = FormValidation.Validate(new FormDefinition { Questions = questions! });
        return result.IsSuccess ? (null, null) : (result.Error.Code, result.Error.Field);
    }

    public static TheoryData<FormQuestion, string?, string?> SingleQuestionCases() => new()
    {
        { Rating(), null, null },
        { Rating() with { Key = "Score" }, "form.question.key.invalid", "questions[0]" },
        { Rating() with { Key = "1score" }, "form.question.key.invalid", "questions[0]" },
        { Rating() with { Key = "s" + new string('a', 63) }, null, null },
        { Rating() with { Key = "s" + new string('a', 64) }, "form.question.key.invalid", "questions[0]" },
        { Rating() with { Label = " " }, "form.question.label.required", "score" },
        { Rating() with { Label = new string('가', FormLimits.LabelMaxLength) }, null, null },
        { Rating() with { Label = new string('가', FormLimits.LabelMaxLength + 1) }, "form.question.label.too_long", "score" },
        { Rating() with { Kind = (QuestionKind)99 }, "form.question.kind.unknown", "score" },
        { Rating() with { ScaleMax = null }, "form.question.scale.required", "score" },
        { Rating() with { ScaleMin = 0, ScaleMax = 10 }, null, null },
        { Rating() with { ScaleMin = -1 }, "form.question.scale.out_of_range", "score" },
        { Rating() with { ScaleMax = 11 }, "form.question.scale.out_of_range", "score" },
        { Rating() with { ScaleMin = 5, ScaleMax = 5 }, "form.question.scale.invalid", "score" },
        { Rating() with { Choices = ["a", "b"] }, "form.question.attribute.not_allowed", "score" },
        { Rating() with { MaxLength = 10 }, "form.question.attribute.not_allowed", "score" },
        { Choice("하나"), "form.question.choices.count", "choice" },
        { Choice([.. Enumerable.Range(0, FormLimits.MaxChoices).Select(i => $"c{i}")]), null, null },
        { Choice([.. Enumerable.Range(0, FormLimits.MaxChoices + 1).Select(i => $"c{i}")]), "form.question.choices.count", "choice" },
        { Choice("가", "가 "), "form.question.choices.duplicate", "choice" },
        { Choice("가", " "), "form.question.choices.empty", "choice" },
        { Choice("가", new string('나', FormLimits.ChoiceMaxLength)), null, null },
        { Choice("가", new string('나', FormLimits.ChoiceMaxLength + 1)), "form.question.choices.too_long", "choice" },
        { Choice("가", "나") with { Choices = null }, "form.question.choices.required", "choice" },
        { Choice("가", "나") with { ScaleMin = 1 }, "form.question.attribute.not_allowed", "choice" },
        { new FormQuestion { Key = "memo", Kind = QuestionKind.ShortText, Label = "메모", MaxLength = FormLimits.TextMaxLength }, null, null },
        { new FormQuestion { Key = "memo", Kind = QuestionKind.ShortText, Label = "메모", MaxLength = FormLimits.TextMaxLength + 1 }, "form.question.max_length.out_of_range", "memo" },
        { new FormQuestion { Key = "memo", Kind = QuestionKind.LongText, Label = "메모", MaxLength = 0 }, "form.question.max_length.out_of_range", "memo" },
        { new FormQuestion { Key = "memo", Kind = QuestionKind.LongText, Label = "메모", MaxPhotos = 1 }, "form.question.attribute.not_allowed", "memo" },
        { new FormQuestion { Key = "pic", Kind = QuestionKind.Photo, Label = "사진", MaxPhotos = FormLimits.MaxPhotos, MaxPhotoBytes = FormLimits.MaxPhotoBytes }, null, null },
        { new FormQuestion { Key = "pic", Kind = QuestionKind.Photo, Label = "사진", MaxPhotos = 0 }, "form.question.max_photos.out_of_range", "pic" },
        { new FormQuestion { Key = "pic", Kind = QuestionKind.Photo, Label = "사진", MaxPhotos = FormLimits.MaxPhotos + 1 }, "form.question.max_photos.out_of_range", "pic" },
        { new FormQuestion { Key = "pic", Kind = QuestionKind.Photo, Label = "사진", MaxPhotoBytes = FormLimits.MaxPhotoBytes + 1 }, "form.question.max_photo_bytes.out_of_range", "pic" },
        { new FormQuestion { Key = "pic", Kind = QuestionKind.Photo, Label = "사진", MaxPhotoBytes = FormLimits.MinPhotoBytes - 1 }, "form.question.max_photo_bytes.out_of_range", "pic" },
        { new FormQuestion { Key = "pic", Kind = QuestionKind.Photo, Label = "사진", MaxLength = 5 }, "form.question.attribute.not_allowed", "pic" },
        { new FormQuestion { Key = "where", Kind = QuestionKind.Location, Label = "위치" }, null, null },
        { new FormQuestion { Key = "where", Kind = QuestionKind.Location, Label = "위치", MaxPhotos = 2 }, "form.question.attribute.not_allowed", "where" },
        { new FormQuestion { Key = "when", Kind = QuestionKind.DateTime, Label = "일시", Choices = ["a", "b"] }, "form.question.attribute.not_allowed", "when" },
    };

    [Theory]
    [MemberData(nameof(SingleQuestionCases))]
    public void Validate_OneQuestion_GivesItsCodeAndField(FormQuestion question, string? code, string? field) =>
        Assert.Equal((code, field), Check(question));

    [Fact]
    public void Validate_QuestionCount_BoundariesHold()
    {
        Assert.Equal(("form.questions.required", "questions"), Check());
        Assert.Equal((null, null), Check([.. Enumerable.Range(0, FormLimits.MaxQuestions).Select(i => Rating($"q{i}"))]));
        Assert.Equal(("form.questions.too_many", "questions"), Check([.. Enumerable.Range(0, FormLimits.MaxQuestions + 1).Select(i => Rating($"q{i}"))]));
        Assert.Equal("form.questions.required", FormValidation.Validate(null).Error?.Code);
    }

    [Fact]
    public void Validate_DuplicateKeyOrNullQuestion_IsRefused()
    {
        Assert.Equal(("form.question.key.duplicate", "score"), Check(Rating(), Rating()));
        Assert.Equal(("form.question.invalid", "questions[1]"), Check(Rating(), null));
    }

    [Fact]
    public void Validate_ValidForm_FillsKindDefaultsAndTrims()
    {
        var result = FormValidation.Validate(new FormDefinition
        {
            Questions =
            [
                new FormQuestion { Key = "memo", Kind = QuestionKind.ShortText, Label = "  메모  " },
                new FormQuestion { Key = "story", Kind = QuestionKind.LongText, Label = "의견" },
                new FormQuestion { Key = "pic", Kind = QuestionKind.Photo, Label = "사진" },
                new FormQuestion { Key = "pick", Kind = QuestionKind.MultipleChoice, Label = "복수", Choices = [" 가 ", "나"] },
            ],
        }).Value.Questions;

        Assert.Equal(("메모", FormLimits.DefaultShortTextLength), (result[0].Label, result[0].MaxLength));
        Assert.Equal(FormLimits.DefaultLongTextLength, result[1].MaxLength);
        Assert.Equal((FormLimits.DefaultMaxPhotos, FormLimits.DefaultMaxPhotoBytes), (result[2].MaxPhotos, result[2].MaxPhotoBytes));
        Assert.Equal(["가", "나"], result[3].Choices!);
    }
}
