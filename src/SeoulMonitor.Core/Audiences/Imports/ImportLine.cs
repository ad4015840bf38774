namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>One data line as read: where it starts and its unescaped cells.</summary>
/// <param name="Line">The line of the file where the row starts (header = 1).</param>
/// <param name="Cells">The cells.</param>
internal sealed record ImportLine(int Line, string[] Cells);
