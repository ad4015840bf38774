using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>The events of the demand lifecycle (submitting creates the record).</summary>
public enum DemandEvent
{
    /// <summary>Staff select it for a task.</summary>
    [Name("selected", "선정")]
    Select,

    /// <summary>Staff reject it, with a reason.</summary>
    [Name("rejected", "미선정")]
    Reject,

    /// <summary>Staff defer it to a later round, with a reason.</summary>
    [Name("deferred", "보류")]
    Defer,

    /// <summary>Staff return it for more information, with what is missing.</summary>
    [Name("returned for information", "보완 요청")]
    ReturnForInfo,

    /// <summary>The requester resubmits a returned demand (or staff reopen a deferred one).</summary>
    [Name("resubmitted", "재제출")]
    Resubmit,

    /// <summary>The requester withdraws it.</summary>
    [Name("withdrawn", "철회")]
    Withdraw,
}
