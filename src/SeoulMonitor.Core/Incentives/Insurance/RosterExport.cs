namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>A roster exported for the insurer: a CSV file (UTF-8 with a byte-order mark).</summary>
/// <param name="FileName">A suggested file name.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Rows">How many monitors it lists.</param>
public sealed record RosterExport(string FileName, byte[] Content, int Rows)
{
    /// <summary>The media type.</summary>
    public const string ContentType = "text/csv; charset=utf-8";
}
