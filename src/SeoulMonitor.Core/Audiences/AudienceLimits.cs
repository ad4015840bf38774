namespace SeoulMonitor.Core.Audiences;

/// <summary>The explicit limits of the audiences area (subscribers, lists, consents, segments, suppression, imports).</summary>
public static class AudienceLimits
{
    /// <summary>An e-mail address (RFC 5321 path limit).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>The local part of an e-mail address.</summary>
    public const int EmailLocalPartMaxLength = 64;

    /// <summary>Free attributes per subscriber.</summary>
    public const int MaxAttributes = 20;

    /// <summary>An attribute name (letters, digits, '_' and '-').</summary>
    public const int AttributeNameMaxLength = 40;

    /// <summary>An attribute value.</summary>
    public const int AttributeValueMaxLength = 200;

    /// <summary>A list key (lower-case letters, digits and '-').</summary>
    public const int ListKeyMaxLength = 60;

    /// <summary>A list or segment name.</summary>
    public const int NameMaxLength = 200;

    /// <summary>A department name.</summary>
    public const int DepartmentMaxLength = 100;

    /// <summary>A consent notice text field (purpose, items, retention, right to refuse, consequence).</summary>
    public const int NoticeTextMaxLength = 2000;

    /// <summary>A user agent kept as consent evidence (longer ones are cut).</summary>
    public const int UserAgentMaxLength = 512;

    /// <summary>An IP address kept as consent evidence.</summary>
    public const int IpMaxLength = 45;

    /// <summary>A free-text reason or note.</summary>
    public const int ReasonMaxLength = 500;

    /// <summary>Lists one subscribe request may name.</summary>
    public const int MaxListsPerRequest = 30;

    /// <summary>Conditions of one segment (lists, districts and attribute conditions together).</summary>
    public const int MaxSegmentConditions = 50;

    /// <summary>Rows of one import.</summary>
    public const int MaxImportRows = 1_000_000;

    /// <summary>Bytes of one import file.</summary>
    public const long MaxImportBytes = 200L * 1024 * 1024;
}
