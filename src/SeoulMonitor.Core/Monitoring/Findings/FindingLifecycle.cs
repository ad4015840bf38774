using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// The transition table of findings. Final answers are <see cref="FindingState.Reflected"/>,
/// <see cref="FindingState.PartiallyReflected"/> and <see cref="FindingState.NotReflected"/>;
/// <see cref="FindingState.LongTermReview"/> also stops the SLA clock.
/// </summary>
public static class FindingLifecycle
{
    /// <summary>The audit entity type of findings.</summary>
    public const string Entity = "finding";

    private static readonly FindingState[] Open =
        [FindingState.Acknowledged, FindingState.Accepted, FindingState.InProgress];

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<FindingState, FindingEvent> Table { get; } = new(Entity, Transitions().ToArray());

    /// <summary>Whether the department has given an answer that stops the SLA clock.</summary>
    public static bool IsAnswered(FindingState state) => state is FindingState.Reflected or FindingState.PartiallyReflected
        or FindingState.NotReflected or FindingState.LongTermReview;

    private static IEnumerable<(FindingState, FindingEvent, FindingState)> Transitions()
    {
        yield return (FindingState.Draft, FindingEvent.Send, FindingState.SentToDepartment);
        yield return (FindingState.SentToDepartment, FindingEvent.Acknowledge, FindingState.Acknowledged);
        foreach (var from in Open.Prepend(FindingState.SentToDepartment))
        {
            if (from != FindingState.Accepted)
            {
                yield return (from, FindingEvent.Accept, FindingState.Accepted);
            }

            yield return (from, FindingEvent.Progress, FindingState.InProgress);
            yield return (from, FindingEvent.Reflect, FindingState.Reflected);
            yield return (from, FindingEvent.ReflectPartially, FindingState.PartiallyReflected);
            yield return (from, FindingEvent.Decline, FindingState.NotReflected);
            yield return (from, FindingEvent.DeferLongTerm, FindingState.LongTermReview);
        }

        yield return (FindingState.LongTermReview, FindingEvent.Progress, FindingState.InProgress);
        yield return (FindingState.LongTermReview, FindingEvent.Reflect, FindingState.Reflected);
        yield return (FindingState.LongTermReview, FindingEvent.ReflectPartially, FindingState.PartiallyReflected);
        yield return (FindingState.LongTermReview, FindingEvent.Decline, FindingState.NotReflected);
        foreach (var answered in new[] { FindingState.Reflected, FindingState.PartiallyReflected, FindingState.NotReflected })
        {
            yield return (answered, FindingEvent.Reopen, FindingState.Acknowledged);
        }
    }
}
