using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>
/// The statistics of one question over a task's approved submissions (matched by key across form versions; the label
/// is the current version's). <see cref="Answered"/> is n: submissions that answered it. Ratings have a mean and a
/// distribution over every scale value; choices have a count per choice; photos the number of photos.
/// </summary>
public sealed record QuestionStatistics(
    string Key, string Label, QuestionKind Kind, string KindName, string KindNameKo, int Answered, double? Mean,
    IReadOnlyList<ValueCount> Distribution, IReadOnlyList<ChoiceCount> Choices, int Photos);
