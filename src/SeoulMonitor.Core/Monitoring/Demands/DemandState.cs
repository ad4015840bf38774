using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>The states of a task demand (a request for monitoring) through screening.</summary>
public enum DemandState
{
    /// <summary>Submitted; waiting for screening.</summary>
    [Name("Submitted", "접수")]
    Submitted,

    /// <summary>Selected for a monitoring task.</summary>
    [Name("Selected", "선정")]
    Selected,

    /// <summary>Rejected, with a reason.</summary>
    [Name("Rejected", "미선정")]
    Rejected,

    /// <summary>Deferred to a later round.</summary>
    [Name("Deferred", "보류")]
    Deferred,

    /// <summary>Returned to the requester for more information; resubmitting puts it back to <see cref="Submitted"/>.</summary>
    [Name("Returned for information", "보완 요청")]
    ReturnedForInfo,

    /// <summary>Withdrawn by the requester.</summary>
    [Name("Withdrawn", "철회")]
    Withdrawn,
}
