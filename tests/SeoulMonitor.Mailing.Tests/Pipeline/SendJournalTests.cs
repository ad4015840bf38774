using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class SendJournalTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sm-journal-unit-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void WriteTo_Record_RoundTripsThroughTryRead()
    {
        var record = new JournalRecord(Guid.NewGuid(), 123_456_789_012, DeliveryState.Failed, 550);
        var buffer = new byte[JournalRecord.Size];

        record.WriteTo(buffer);

        Assert.True(JournalRecord.TryRead(buffer, out var read));
        Assert.Equal(record, read);
    }

    [Fact]
    public void TryRead_TornOrZeroedRecord_Rejected()
    {
        var buffer = new byte[JournalRecord.Size];
        new JournalRecord(Guid.NewGuid(), 1, DeliveryState.Sent, 250).WriteTo(buffer);
        buffer[30] ^= 0xFF;

        Assert.False(JournalRecord.TryRead(buffer, out _));
        Assert.False(JournalRecord.TryRead(new byte[JournalRecord.Size], out _));
    }

    [Fact]
    public void Open_AfterAnAbandonedRun_ListsItsFileAndReadsEveryRecordButATornTail()
    {
        var campaign = Guid.NewGuid();
        string path;
        using (var journal = SendJournal.Open(_directory, "node-a", 1000))
        {
            for (var i = 1; i <= 5; i++)
            {
                journal.Append(new JournalRecord(campaign, i, DeliveryState.Sent, 250));
            }

            path = journal.Current.Path;
        }

        File.AppendAllText(path, "torn");

        using var reopened = SendJournal.Open(_directory, "node-a", 1000);
        Assert.Equal([path], reopened.PreviousFiles);
        Assert.Equal([1L, 2, 3, 4, 5], SendJournal.Read(path).Select(r => r.Sequence));
        Assert.NotEqual(path, reopened.Current.Path);
        using var other = SendJournal.Open(_directory, "node-b", 1000);
        Assert.Empty(other.PreviousFiles);
    }

    [Fact]
    public void Checkpoint_FullFileAllCommitted_RotatesAndDeletesTheOldFile()
    {
        using var journal = SendJournal.Open(_directory, "node-a", 3);
        var first = journal.Current;
        for (var i = 1; i <= 3; i++)
        {
            journal.Append(new JournalRecord(Guid.NewGuid(), i, DeliveryState.Sent, 250));
        }

        first.MarkCommitted(2);
        Assert.Equal(0, journal.Checkpoint());
        Assert.NotSame(first, journal.Current);
        Assert.True(File.Exists(first.Path));

        first.MarkCommitted(1);
        Assert.Equal(1, journal.Checkpoint());
        Assert.False(File.Exists(first.Path));
    }

    [Fact]
    public void Append_ConcurrentWorkers_EveryRecordReadable()
    {
        using var journal = SendJournal.Open(_directory, "node-a", 1_000_000);
        var campaign = Guid.NewGuid();

        Parallel.For(1, 2001, i => journal.Append(new JournalRecord(campaign, i, DeliveryState.Sent, 250)));

        Assert.Equal(Enumerable.Range(1, 2000).Select(i => (long)i), SendJournal.Read(journal.Current.Path).Select(r => r.Sequence).Order());
    }

    [Fact]
    public void Close_EverythingCommitted_NoFileLeft()
    {
        var journal = SendJournal.Open(_directory, "node-a", 1000);
        journal.Append(new JournalRecord(Guid.NewGuid(), 1, DeliveryState.Sent, 250)).MarkCommitted(1);

        journal.Close();
        journal.Dispose();

        Assert.Empty(Directory.GetFiles(_directory));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
