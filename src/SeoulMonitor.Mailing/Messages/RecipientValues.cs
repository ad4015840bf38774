using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// One recipient's merge values as the Liquid context sees them: names compared with the template options' comparer
/// (Fluid's default ignores case), the last of several matching fields wins, and the built-ins <c>recipient_id</c>,
/// <c>address</c> and <c>unsubscribe_url</c> win over merge fields of the same name; an absent unsubscribe URL is nil.
/// </summary>
internal readonly struct RecipientValues(LeasedDelivery delivery, string? unsubscribeUrl) : ISegmentValues
{
    public string? Find(string name, IEqualityComparer<string> comparer)
    {
        if (comparer.Equals(name, "unsubscribe_url"))
        {
            return unsubscribeUrl;
        }

        if (comparer.Equals(name, "recipient_id"))
        {
            return delivery.RecipientId;
        }

        if (comparer.Equals(name, "address"))
        {
            return delivery.Address;
        }

        string? found = null;
        if (delivery.Fields is Dictionary<string, string> fields)
        {
            foreach (var (key, value) in fields)
            {
                found = comparer.Equals(key, name) ? value : found;
            }
        }
        else
        {
            foreach (var (key, value) in delivery.Fields)
            {
                found = comparer.Equals(key, name) ? value : found;
            }
        }

        return found;
    }
}
