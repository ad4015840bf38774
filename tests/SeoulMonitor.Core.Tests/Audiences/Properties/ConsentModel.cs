namespace SeoulMonitor.Core.Tests.Audiences.Properties;

/// <summary>
/// What the people in a generated history actually did, kept independently of the services: a person has valid
/// consent for a list at a moment only if their last act on it was a successful confirmation (or re-consent), no
/// withdrawal came after it, its two years have not run out on a policy-customer list, and they are not suppressed.
/// </summary>
internal sealed class ConsentModel
{
    private readonly Dictionary<(string Person, string List), DateTimeOffset> _affirmed = [];
    private readonly HashSet<string> _suppressed = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> People { get; } = ["ana@example.com", "bo@example.com", "chul@example.com"];

    /// <summary>The lists used: a policy-customer newsletter (2-year re-consent) and an informational fire-station list.</summary>
    public static IReadOnlyList<string> Lists { get; } = ["seoul-sibo", "fire-11-jongno-gu"];

    public static bool RenewsEveryTwoYears(string list) => list == "seoul-sibo";

    public void Affirmed(string person, string list, DateTimeOffset at) => _affirmed[(person, list)] = at;

    public void Withdrawn(string person, string list) => _affirmed.Remove((person, list));

    public void Suppressed(string person) => _suppressed.Add(person);

    public bool IsValid(string person, string list, DateTimeOffset now)
        => !_suppressed.Contains(person)
            && _affirmed.TryGetValue((person, list), out var at)
            && (!RenewsEveryTwoYears(list) || now < at.AddYears(2));
}
