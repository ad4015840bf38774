namespace SeoulMonitor.Core.Communities;

/// <summary>Placeholder: filled in by the Communities feature.</summary>
public sealed class CommunityService
{
}
