using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>Through what a consent was given.</summary>
public enum ConsentSource
{
    /// <summary>The public subscribe form (double opt-in).</summary>
    [Name("Web form", "웹 양식")]
    WebForm,

    /// <summary>A staff import of consents given elsewhere (with their evidence reference).</summary>
    [Name("Import", "가져오기")]
    Import,

    /// <summary>Recorded by staff (phone, paper), with a reason.</summary>
    [Name("Staff", "담당자 등록")]
    Staff,
}
