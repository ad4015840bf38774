using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>
/// Validates and normalises a batch of recipients, dropping repeats inside the batch: a recipient whose normalised
/// address or id appeared earlier in the same batch is skipped, even when that earlier one is itself skipped for being
/// in the snapshot already. Both ledgers apply this same rule, then skip what the snapshot already holds.
/// </summary>
internal static class RecipientBatch
{
    /// <summary>The batch in order, first occurrence of each normalised address and each id kept.</summary>
    /// <exception cref="ArgumentException">A recipient is null or has an empty id or address.</exception>
    public static List<PreparedRecipient> Prepare(IReadOnlyList<Recipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var result = new List<PreparedRecipient>(recipients.Count);
        var keys = new HashSet<string>(recipients.Count, StringComparer.Ordinal);
        var ids = new HashSet<string>(recipients.Count, StringComparer.Ordinal);
        foreach (var recipient in recipients)
        {
            if (recipient is null || string.IsNullOrWhiteSpace(recipient.Id) || string.IsNullOrWhiteSpace(recipient.Address))
            {
                throw new ArgumentException("Every recipient needs an id and an address.", nameof(recipients));
            }

            var key = AddressKey.Normalize(recipient.Address);
            if (!keys.Add(key) || !ids.Add(recipient.Id))
            {
                continue;
            }

            result.Add(new PreparedRecipient(
                recipient.Id,
                recipient.Address.Trim(),
                key,
                AddressKey.Domain(recipient.Address),
                LedgerJson.SerializeFields(recipient.Fields),
                recipient.ConsentId));
        }

        return result;
    }
}
