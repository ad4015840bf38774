namespace SeoulMonitor.Host.Bounces;

/// <summary>A page of a campaign's bounce history; <see cref="Next"/> is the <c>after</c> of the next page, or null at the end.</summary>
public sealed record BouncePage(IReadOnlyList<BounceView> Items, long? Next);
