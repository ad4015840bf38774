using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>What a mailing list is for.</summary>
public enum ListKind
{
    /// <summary>A regular newsletter (서울시보, museum newsletters, …).</summary>
    [Name("Newsletter", "뉴스레터")]
    Newsletter,

    /// <summary>A fire station's disaster-prevention notices to its district (one list per fire station).</summary>
    [Name("Disaster-prevention notice", "재난 예방 안내")]
    DisasterNotice,

    /// <summary>A department's audience for ad-hoc announcements.</summary>
    [Name("Department announcements", "부서 공지")]
    Department,
}
