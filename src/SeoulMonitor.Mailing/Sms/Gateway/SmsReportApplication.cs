namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>What applying a delivery report did.</summary>
public enum SmsReportApplication
{
    /// <summary>The report moved the text from accepted to its final status.</summary>
    Applied,

    /// <summary>The text already had a final status (a repeated or late report): nothing changed.</summary>
    Unchanged,

    /// <summary>No text with that message id: nothing changed.</summary>
    UnknownMessage,
}
