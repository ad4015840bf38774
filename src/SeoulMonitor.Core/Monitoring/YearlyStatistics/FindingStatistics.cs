namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>
/// Findings sent to departments (drafts are not counted) and their reflection results. Answered findings are those in
/// a state that stops the SLA clock: reflected, partially reflected, not reflected, long-term review.
/// </summary>
/// <param name="Sent">Findings sent to a department (any state after the draft).</param>
/// <param name="Answered">Findings with an answer (see above).</param>
/// <param name="Reflected">Reflected.</param>
/// <param name="PartiallyReflected">Partially reflected.</param>
/// <param name="NotReflected">Not reflected.</param>
/// <param name="LongTermReview">Under long-term review.</param>
/// <param name="ReflectionRateOfAnswered">(Reflected + partially reflected) ÷ answered, 0–1; null when none answered.</param>
/// <param name="ReflectionRateOfSent">(Reflected + partially reflected) ÷ sent, 0–1; null when none sent.</param>
/// <param name="Acknowledgement">Days from sending to the department's acknowledgement (findings with both instants).</param>
/// <param name="Answer">
/// Days from sending to the answer, for answered findings; the answer's instant is the finding's last change
/// (<c>UpdatedAt</c>), which is the answer itself unless the finding was changed again afterwards.
/// </param>
/// <param name="OverdueNow">Sent, unanswered findings whose deadline (<c>RespondBy</c>) has passed now.</param>
public sealed record FindingStatistics(
    int Sent, int Answered, int Reflected, int PartiallyReflected, int NotReflected, int LongTermReview,
    double? ReflectionRateOfAnswered, double? ReflectionRateOfSent, ResponseTimes Acknowledgement, ResponseTimes Answer, int OverdueNow);
