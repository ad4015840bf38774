using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:SeoulMonitor.Core.Tests.Audiences.Imports",
    Justification = "Mirrors the Audiences/Imports feature folder.")]
