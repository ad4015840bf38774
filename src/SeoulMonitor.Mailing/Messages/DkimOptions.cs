namespace SeoulMonitor.Mailing.Messages;

/// <summary>DKIM signing.</summary>
public sealed class DkimOptions
{
    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance method: the area adds settings.")]
    internal void Validate(ICollection<string> failures) => ArgumentNullException.ThrowIfNull(failures);
}
