using System.Collections.Frozen;

namespace SeoulMonitor.Core.Common.Lifecycle;

/// <summary>
/// The explicit transition table of one lifecycle: for each (state, event) pair either one target state or nothing.
/// Pairs that are not declared are refused.
/// </summary>
/// <typeparam name="TState">The lifecycle's states.</typeparam>
/// <typeparam name="TEvent">The lifecycle's events (one service method each).</typeparam>
public sealed class TransitionTable<TState, TEvent>
    where TState : struct, Enum
    where TEvent : struct, Enum
{
    private readonly FrozenDictionary<(TState, TEvent), TState> _transitions;

    /// <summary>Creates the table from its declared transitions.</summary>
    /// <param name="entity">The lifecycle's name, used in error codes (<c>membership</c>, <c>application</c>, …).</param>
    /// <param name="transitions">Every allowed (from, event, to) triple.</param>
    public TransitionTable(string entity, params (TState From, TEvent Event, TState To)[] transitions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentNullException.ThrowIfNull(transitions);
        Entity = entity;
        var map = new Dictionary<(TState, TEvent), TState>();
        foreach (var (from, evt, to) in transitions)
        {
            if (!map.TryAdd((from, evt), to))
            {
                throw new ArgumentException($"Duplicate transition {from} --{evt}--> in {entity}.", nameof(transitions));
            }
        }

        _transitions = map.ToFrozenDictionary();
    }

    /// <summary>The lifecycle's name.</summary>
    public string Entity { get; }

    /// <summary>Every declared transition.</summary>
    public IEnumerable<(TState From, TEvent Event, TState To)> Transitions =>
        _transitions.Select(static t => (t.Key.Item1, t.Key.Item2, t.Value));

    /// <summary>The target of <paramref name="evt"/> from <paramref name="from"/>, or a typed refusal.</summary>
    public Result<TState> Fire(TState from, TEvent evt) =>
        _transitions.TryGetValue((from, evt), out var to)
            ? to
            : InvalidTransition(from, evt);

    /// <summary>Whether the event is allowed from the state.</summary>
    public bool Allows(TState from, TEvent evt) => _transitions.ContainsKey((from, evt));

    /// <summary>The refusal for an undeclared pair: code <c>{entity}.invalid_transition</c>.</summary>
    public DomainError InvalidTransition(TState from, TEvent evt) => DomainError.Conflict(
        $"{Entity}.invalid_transition",
        $"A {Entity} in state '{StatusNames.English(from)}' cannot be {StatusNames.English(evt)}.",
        $"'{StatusNames.Korean(from)}' 상태의 {StatusNames.KoreanEntity(Entity)}에는 '{StatusNames.Korean(evt)}'을(를) 할 수 없습니다.");
}
