namespace SeoulMonitor.Mailing.Ledger;

/// <summary>A recipient ready for a ledger row: normalised key and domain, merge fields as JSON.</summary>
/// <param name="RecipientId">The recipient's id in the source.</param>
/// <param name="Address">The address as given, trimmed.</param>
/// <param name="Key">The normalised address (<see cref="AddressKey.Normalize"/>).</param>
/// <param name="Domain">The destination domain.</param>
/// <param name="FieldsJson">The merge fields as JSON, or <see langword="null"/> when there are none.</param>
/// <param name="ConsentId">The consent id, if any.</param>
internal readonly record struct PreparedRecipient(
    string RecipientId, string Address, string Key, string Domain, string? FieldsJson, string? ConsentId);
