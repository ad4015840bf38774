namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>One reported line problem.</summary>
public sealed record ImportProblemView(int Line, string? Column, string Code, string Message, string MessageKo)
{
    internal static ImportProblemView From(ImportProblem p) => new(p.Line, p.Column, p.Code, p.Message, p.MessageKo);
}
