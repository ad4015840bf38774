namespace SeoulMonitor.Mailing.Messages;

/// <summary>Where <see cref="TemplateSegments"/> finds a recipient's merge values.</summary>
internal interface ISegmentValues
{
    /// <summary>
    /// The value of <paramref name="name"/> (names compared by <paramref name="comparer"/>), or <see langword="null"/>
    /// when it is not set (Liquid's nil).
    /// </summary>
    string? Find(string name, IEqualityComparer<string> comparer);
}
