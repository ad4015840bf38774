namespace SeoulMonitor.Core.Monitors;

/// <summary>Placeholder: filled in by the Monitors feature.</summary>
public sealed class MembershipService
{
}
