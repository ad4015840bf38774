using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>What a staff member did with personal data.</summary>
public enum AccessAction
{
    /// <summary>Read one record.</summary>
    [Name("View", "조회")]
    View,

    /// <summary>Read a list of records.</summary>
    [Name("List", "목록 조회")]
    List,

    /// <summary>Downloaded records to a file (needs a recorded reason).</summary>
    [Name("Download", "다운로드")]
    Download,

    /// <summary>Changed a record.</summary>
    [Name("Update", "수정")]
    Update,
}
