using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>Who asked for a monitoring task.</summary>
public enum DemandSource
{
    /// <summary>A city department (through a yearly demand survey or ad hoc).</summary>
    [Name("Department", "부서")]
    Department,

    /// <summary>A community of monitors proposing a task.</summary>
    [Name("Community", "커뮤니티")]
    Community,

    /// <summary>Program staff (ad-hoc intake).</summary>
    [Name("Staff", "운영자")]
    Staff,
}
