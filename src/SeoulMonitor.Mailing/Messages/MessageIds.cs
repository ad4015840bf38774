namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// Message-IDs derived from (campaign, recipient sequence): <c>&lt;{campaign id, 32 hex digits}.{sequence}@{domain}&gt;</c>.
/// The same recipient of the same campaign always gets the same id, so a message re-sent after a crash is recognisable
/// as a duplicate by the receiver and in the ledger.
/// </summary>
internal static class MessageIds
{
    /// <summary>The id without angle brackets (the header adds them).</summary>
    public static string Create(Guid campaignId, long sequence, string domain)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentException.ThrowIfNullOrEmpty(domain);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{campaignId:N}.{sequence}@{domain}");
    }
}
