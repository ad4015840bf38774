using System.Threading.Channels;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// Two bounded channels between the dispatcher and the workers: the urgent lane, which workers always drain first, and
/// the normal lane. Only the dispatcher writes, and only as much as fits, so it never blocks behind a full newsletter
/// lane while an urgent campaign waits.
/// </summary>
internal sealed class DeliveryLanes
{
    private readonly Channel<WorkItem> _urgent;
    private readonly Channel<WorkItem> _normal;
    private readonly int _capacity;

    /// <summary>Creates the lanes.</summary>
    /// <param name="capacity">Each lane's capacity.</param>
    /// <param name="claimThreshold">The free room worth a claim; the dispatcher is woken when a lane has that much.</param>
    public DeliveryLanes(int capacity, int claimThreshold)
    {
        _capacity = capacity;
        ClaimThreshold = Math.Clamp(claimThreshold, 1, capacity);
        var options = new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = true };
        _urgent = Channel.CreateBounded<WorkItem>(options);
        _normal = Channel.CreateBounded<WorkItem>(options);
    }

    /// <summary>The free room worth a claim (so that claims stay large: one ledger round trip per many rows).</summary>
    public int ClaimThreshold { get; }

    /// <summary>Set when a worker's take leaves a lane with <see cref="ClaimThreshold"/> free room.</summary>
    public AsyncSignal SpaceAvailable { get; } = new();

    public int UrgentCount => _urgent.Reader.Count;

    public int Count => _urgent.Reader.Count + _normal.Reader.Count;

    /// <summary>How many more items the lane takes now.</summary>
    public int Free(bool urgent) => _capacity - (urgent ? _urgent : _normal).Reader.Count;

    public bool TryWrite(WorkItem item, bool urgent) => (urgent ? _urgent : _normal).Writer.TryWrite(item);

    /// <summary>Takes the next item, urgent first.</summary>
    public bool TryTake(out WorkItem item)
    {
        if (_urgent.Reader.TryRead(out item))
        {
            return true;
        }

        if (_normal.Reader.TryRead(out item))
        {
            if (_capacity - _normal.Reader.Count >= ClaimThreshold)
            {
                SpaceAvailable.Set();
            }

            return true;
        }

        return false;
    }

    /// <summary>Blocks a worker thread until an item may be available; false once both lanes are completed and empty.</summary>
    public bool WaitToRead()
    {
        if (_urgent.Reader.Count > 0 || _normal.Reader.Count > 0)
        {
            return true;
        }

        var u = _urgent.Reader.WaitToReadAsync().AsTask();
        var n = _normal.Reader.WaitToReadAsync().AsTask();
        var first = Task.WhenAny(u, n).GetAwaiter().GetResult();
        if (first.GetAwaiter().GetResult())
        {
            return true;
        }

        // One lane is completed and empty: the answer is the other's.
        return (first == u ? n : u).GetAwaiter().GetResult();
    }

    /// <summary>No more items: workers drain what is left and stop.</summary>
    public void Complete()
    {
        _urgent.Writer.TryComplete();
        _normal.Writer.TryComplete();
    }
}
