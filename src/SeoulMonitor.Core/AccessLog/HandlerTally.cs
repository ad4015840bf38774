namespace SeoulMonitor.Core.AccessLog;

/// <summary>Counts one handler's accesses while the review streams the month.</summary>
internal sealed class HandlerTally
{
    private readonly Dictionary<AccessAction, int> _byAction = [];
    private int _accesses;
    private long _records;

    public void Add(PersonalDataAccess access)
    {
        _accesses++;
        _records += access.RecordCount;
        _byAction[access.Action] = _byAction.GetValueOrDefault(access.Action) + 1;
    }

    public HandlerAccessSummary ToSummary(string kind, string id) =>
        new(kind, id, _accesses, _records, new SortedDictionary<AccessAction, int>(_byAction));
}
