namespace SeoulMonitor.Mailing.Audience;

/// <summary>
/// Streams a campaign's audience when it is launched (the snapshot). Implementations stream in a stable order without
/// loading the whole audience in memory; the engine deduplicates by address.
/// </summary>
public interface IRecipientSource
{
    /// <summary>The recipients of <paramref name="audienceKey"/>.</summary>
    IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, CancellationToken cancellationToken = default);
}
