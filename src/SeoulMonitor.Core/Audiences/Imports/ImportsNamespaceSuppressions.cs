using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:SeoulMonitor.Core.Audiences.Imports",
    Justification = "The feature folder is named Imports (a Visual Basic keyword); the SDK is consumed from C#.")]
