namespace SeoulMonitor.Core.Monitoring.Files;

/// <summary>
/// Where uploaded content (photos of field submissions) is kept, by key. Keys are content addresses made by
/// <see cref="FileKeys"/> (<c>photos/ab/cd/&lt;sha256&gt;</c>), never names a caller chose. The default is
/// <see cref="FileSystemFileStore"/>; a host may register another implementation (object storage) before the Core.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, atomically (readers see all or nothing); an existing key is replaced.</summary>
    Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens the content under <paramref name="key"/> for reading, or <see langword="null"/> when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes the content under <paramref name="key"/>; a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Whether content is stored under <paramref name="key"/>.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);
}
