namespace SeoulMonitor.Mailing.Transport;

/// <summary>The pickup-directory transport.</summary>
public sealed class PickupDirectoryOptions
{
    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance method: the area adds settings.")]
    internal void Validate(ICollection<string> failures) => ArgumentNullException.ThrowIfNull(failures);
}
