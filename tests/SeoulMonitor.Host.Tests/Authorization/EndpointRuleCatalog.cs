using System.Reflection;

namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Every <see cref="EndpointRule"/> declared by an <see cref="IEndpointRules"/> class of this assembly.</summary>
public static class EndpointRuleCatalog
{
    private static readonly MethodInfo RulesOfMethod =
        typeof(EndpointRuleCatalog).GetMethod(nameof(RulesOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The rules with the class that declares each.</summary>
    public static IReadOnlyList<(Type Source, EndpointRule Rule)> All { get; } = Discover();

    private static List<(Type, EndpointRule)> Discover() =>
        typeof(EndpointRuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IEndpointRules).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => ((IEnumerable<EndpointRule>)RulesOfMethod.MakeGenericMethod(t).Invoke(null, null)!).Select(r => (t, r)))
            .ToList();

    private static IEnumerable<EndpointRule> RulesOf<T>()
        where T : IEndpointRules => T.Rules;
}
