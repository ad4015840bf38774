namespace SeoulMonitor.Testing;

/// <summary>
/// The mail rig's domains and its recipient conventions. The rig's Postfix relays every <see cref="RecipientDomain"/>
/// address to its own second SMTP listener (the "mx" of the domain), which answers by the local part:
/// <list type="bullet">
/// <item><c>unknown…</c> or <c>nobody…</c>: 550 5.1.1 User unknown (a hard bounce: a DSN with Action: failed);</item>
/// <item><c>full…</c>: 552 5.2.2 Mailbox full (a hard bounce with another status);</item>
/// <item><c>busy…</c>: 450 4.2.1 Mailbox busy (a soft failure: retried, a "delayed" DSN after
/// <see cref="PostfixConfiguration.DelayWarningTime"/>, a failed DSN after <see cref="PostfixConfiguration.QueueLifetime"/>);</item>
/// <item>anything else: accepted and discarded (delivered).</item>
/// </list>
/// Every DSN goes to the envelope sender; senders at <see cref="BounceDomain"/> (with any <c>+</c> extension) are delivered
/// into the Maildir of the Dovecot user <see cref="MailRig.ImapUser"/>.
/// </summary>
public static class MailRigAddresses
{
    /// <summary>The recipients' domain.</summary>
    public const string RecipientDomain = "rig.test";

    /// <summary>The return-path domain whose mail lands in the rig's IMAP mailbox.</summary>
    public const string BounceDomain = "bounces.rig.test";

    /// <summary>The local part of the bounce mailbox; VERP senders are <c>bounces+token@bounces.rig.test</c>.</summary>
    public const string BounceLocalPart = "bounces";

    /// <summary>The host name the rig's Postfix uses for itself (Reporting-MTA of its DSNs).</summary>
    public const string MtaHostName = "mta.rig.test";

    /// <summary>The host name of the refusing "mx" listener.</summary>
    public const string MxHostName = "mx.rig.test";

    /// <summary>A VERP return path: <c>bounces+<paramref name="token"/>@bounces.rig.test</c>.</summary>
    public static string Verp(string token) => $"{BounceLocalPart}+{token}@{BounceDomain}";

    /// <summary>A recipient that is accepted and delivered.</summary>
    public static string Delivered(string name) => $"{name}@{RecipientDomain}";

    /// <summary>A recipient the mx refuses with 550 5.1.1 (user unknown).</summary>
    public static string Unknown(string name) => $"unknown-{name}@{RecipientDomain}";

    /// <summary>A recipient the mx refuses with 552 5.2.2 (mailbox full).</summary>
    public static string MailboxFull(string name) => $"full-{name}@{RecipientDomain}";

    /// <summary>A recipient the mx defers with 450 4.2.1 until the queue lifetime runs out.</summary>
    public static string Busy(string name) => $"busy-{name}@{RecipientDomain}";
}
