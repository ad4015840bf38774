using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>What a data subject asked for (PIPA Art. 35–37).</summary>
public enum DataSubjectRequestKind
{
    /// <summary>Access: everything held about the person, as JSON.</summary>
    [Name("Access (export)", "열람")]
    Export,

    /// <summary>Correction of the person's data.</summary>
    [Name("Correction", "정정")]
    Correction,

    /// <summary>Erasure of the person's data.</summary>
    [Name("Erasure", "삭제")]
    Erasure,
}
