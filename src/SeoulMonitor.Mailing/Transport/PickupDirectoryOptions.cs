namespace SeoulMonitor.Mailing.Transport;

/// <summary>The pickup-directory transport (section <c>Mailing:Pickup</c>): the embedded default when no SMTP host is set.</summary>
public sealed class PickupDirectoryOptions
{
    /// <summary>The directory that receives one <c>.eml</c> file per message; relative paths are resolved against the current directory. Default <c>pickup</c>.</summary>
    public string Directory { get; set; } = "pickup";

    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (string.IsNullOrWhiteSpace(Directory))
        {
            failures.Add("Mailing:Pickup:Directory is required.");
        }
        else if (Directory.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || Directory.Contains('\0', StringComparison.Ordinal))
        {
            failures.Add("Mailing:Pickup:Directory contains characters that are not allowed in a path.");
        }
    }
}
