using System.Diagnostics.Metrics;

namespace SeoulMonitor.Core.Diagnostics;

/// <summary>The Core library's instruments.</summary>
internal sealed class CoreMetrics
{
    private readonly Counter<long> _transitions;
    private readonly Counter<long> _refusals;
    private readonly Counter<long> _personalDataAccesses;

    public CoreMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(CoreTelemetry.MeterName);
        _transitions = meter.CreateCounter<long>("seoulmonitor.core.transitions", "{transition}", "Lifecycle transitions performed.");
        _refusals = meter.CreateCounter<long>("seoulmonitor.core.refusals", "{refusal}", "Operations refused with a typed error.");
        _personalDataAccesses = meter.CreateCounter<long>("seoulmonitor.core.personal_data.accesses", "{access}", "Recorded staff accesses to personal data.");
    }

    public void Transition(string entity, string evt)
    {
        if (_transitions.Enabled)
        {
            _transitions.Add(1, new("entity", entity), new("event", evt));
        }
    }

    public void Refusal(string code)
    {
        if (_refusals.Enabled)
        {
            _refusals.Add(1, new KeyValuePair<string, object?>("code", code));
        }
    }

    public void PersonalDataAccess(string action)
    {
        if (_personalDataAccesses.Enabled)
        {
            _personalDataAccesses.Add(1, new KeyValuePair<string, object?>("action", action));
        }
    }
}
