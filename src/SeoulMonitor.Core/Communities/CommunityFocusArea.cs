using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Communities;

/// <summary>The policy area a community concentrates on.</summary>
public enum CommunityFocusArea
{
    /// <summary>Safety and disaster prevention.</summary>
    [Name("Safety", "안전")]
    Safety,

    /// <summary>Transport and roads.</summary>
    [Name("Transport", "교통")]
    Transport,

    /// <summary>Environment and parks.</summary>
    [Name("Environment", "환경")]
    Environment,

    /// <summary>Welfare and care.</summary>
    [Name("Welfare", "복지")]
    Welfare,

    /// <summary>Culture and tourism.</summary>
    [Name("Culture", "문화")]
    Culture,

    /// <summary>Housing and urban planning.</summary>
    [Name("Housing", "주택·도시")]
    Housing,

    /// <summary>Economy and jobs.</summary>
    [Name("Economy", "경제")]
    Economy,

    /// <summary>Anything else.</summary>
    [Name("Other", "기타")]
    Other,
}
