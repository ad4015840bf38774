using System.Globalization;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>
/// The normalised forms of an address: the deduplication and suppression key (trimmed, lower-case) and the
/// destination domain (after the last <c>@</c>, lower-case; international domain names are kept as given).
/// </summary>
internal static class AddressKey
{
    /// <summary>The trimmed, lower-case address: one key per mailbox in a campaign and in the suppression list.</summary>
    public static string Normalize(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Trim().ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The lower-case domain after the last <c>@</c>, or an empty string when there is none (an SMS number).</summary>
    public static string Domain(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.AsSpan().Trim();
        var at = trimmed.LastIndexOf('@');
        return at < 0 ? string.Empty : trimmed[(at + 1)..].ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
