namespace SeoulMonitor.Mailing.Transport;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; STARTTLS is never attempted (a local relay on loopback).</summary>
    None,

    /// <summary>STARTTLS is required: the connection fails when the server does not offer it.</summary>
    StartTls,

    /// <summary>STARTTLS when the server offers it, plain text otherwise.</summary>
    StartTlsWhenAvailable,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    SslOnConnect,
}
