namespace SeoulMonitor.Mailing.Messages;

/// <summary>The parts of a <see cref="Campaigns.MessageTemplate"/>.</summary>
public enum TemplatePart
{
    /// <summary>The subject.</summary>
    Subject,

    /// <summary>The HTML body.</summary>
    Html,

    /// <summary>The plain-text body.</summary>
    Text,
}
