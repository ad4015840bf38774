namespace SeoulMonitor.Core.Monitoring.Files;

/// <summary>Configuration of the default file store (configuration section <c>SeoulMonitor:Monitoring:Files</c>).</summary>
public sealed class FileStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "SeoulMonitor:Monitoring:Files";

    /// <summary>
    /// The store's root directory. A relative path is resolved against the host's content root, or the current
    /// directory when there is no host. Default <c>data/files</c>; at most 400 characters, no invalid path characters.
    /// </summary>
    public string RootPath { get; set; } = "data/files";
}
