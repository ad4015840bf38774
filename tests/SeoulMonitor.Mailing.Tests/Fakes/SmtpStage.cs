namespace SeoulMonitor.Mailing.Tests.Fakes;

/// <summary>The point of the SMTP dialogue where <see cref="FaultySmtpServer"/> injects a reply or a delay.</summary>
public enum SmtpStage
{
    /// <summary>The 220 greeting when the connection opens.</summary>
    Greeting,

    /// <summary>The reply to MAIL FROM.</summary>
    Mail,

    /// <summary>The reply to RCPT TO.</summary>
    Rcpt,

    /// <summary>The reply to the DATA command (354 normally).</summary>
    Data,

    /// <summary>The final reply after the message content (end of DATA, or BDAT … LAST).</summary>
    DataEnd,
}
