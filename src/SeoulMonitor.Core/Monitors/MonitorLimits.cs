namespace SeoulMonitor.Core.Monitors;

/// <summary>Every limit on the monitor program's input, in one place.</summary>
public static class MonitorLimits
{
    /// <summary>Shortest name, in characters (after trimming).</summary>
    public const int NameMinLength = 2;

    /// <summary>Longest name, in characters (after trimming).</summary>
    public const int NameMaxLength = 50;

    /// <summary>Longest e-mail address (RFC 5321 path limit).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>Longest raw mobile-number input, in characters, before normalisation.</summary>
    public const int MobileInputMaxLength = 20;

    /// <summary>Longest province or district input, in characters.</summary>
    public const int RegionNameMaxLength = 40;

    /// <summary>Longest reason for a rejection, return, suspension, removal or withdrawal.</summary>
    public const int ReasonMaxLength = 1000;

    /// <summary>Earliest accepted birth year.</summary>
    public const int EarliestBirthYear = 1900;

    /// <summary>Longest user agent kept as consent evidence (longer ones are cut).</summary>
    public const int UserAgentMaxLength = 512;

    /// <summary>Longest source address kept as consent evidence.</summary>
    public const int SourceAddressMaxLength = 64;

    /// <summary>Longest consent notice version label.</summary>
    public const int ConsentVersionMaxLength = 40;

    /// <summary>Longest text of each of the consent notice's items (purpose, items, retention, refusal right, consequence).</summary>
    public const int ConsentTextMaxLength = 4000;

    /// <summary>Largest page of a list.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Default page size of a list.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Most records in one CSV export.</summary>
    public const int MaxExportRows = 100_000;

    /// <summary>An active membership may be renewed during this many last days of its term (term end included).</summary>
    public const int RenewalWindowDays = 60;

    /// <summary>Random bytes in an applicant's access token.</summary>
    public const int AccessTokenBytes = 32;

    /// <summary>Longest access token input accepted for checking.</summary>
    public const int AccessTokenMaxLength = 100;
}
