using System.ComponentModel.DataAnnotations;

namespace SeoulMonitor.Core.Audiences.Resolution;

/// <summary>How audiences are read (options of <see cref="AudienceResolver"/>).</summary>
public sealed class AudienceResolutionOptions
{
    /// <summary>The most a page may hold.</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>
    /// <value>Subscribers one keyset query reads (default 1,000; 1 to <see cref="MaxPageSize"/>). Memory per reader is
    /// one page.</value>
    /// </summary>
    [Range(1, MaxPageSize)]
    public int PageSize { get; set; } = 1_000;
}
