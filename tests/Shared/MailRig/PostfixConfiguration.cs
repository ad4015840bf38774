using System.Globalization;

namespace SeoulMonitor.Testing;

/// <summary>
/// The configuration files of the rig's private Postfix instance (main.cf, master.cf and the lookup tables, all
/// <c>regexp:</c>/<c>texthash:</c> so that nothing needs <c>postmap</c>). Tuned for tests: no DNS, loopback only, no
/// TLS, queue runs every second and short queue lifetimes so that soft failures give up within seconds.
/// </summary>
internal static class PostfixConfiguration
{
    /// <summary>How long a deferred message stays queued before Postfix returns it (maximal_queue_lifetime).</summary>
    public static readonly TimeSpan QueueLifetime = TimeSpan.FromSeconds(6);

    /// <summary>After how long a deferred message gets a "delayed" DSN (delay_warning_time).</summary>
    public static readonly TimeSpan DelayWarningTime = TimeSpan.FromSeconds(2);

    /// <summary>How often the queue manager scans the deferred queue (queue_run_delay, minimal_backoff_time).</summary>
    public static readonly TimeSpan QueueRunDelay = TimeSpan.FromSeconds(1);

    public static string MainCf(RigLayout layout, int mailUid, int mailGid) => $"""
        # The SeoulMonitor mail rig: a private Postfix instance started by tests/Shared/MailRig (master -d -c <this dir>).
        compatibility_level = 3.6
        queue_directory = {layout.PostfixQueue}
        data_directory = {layout.PostfixData}
        maillog_file = {layout.PostfixLog}
        maillog_file_prefixes = {layout.Root}
        inet_interfaces = 127.0.0.1
        inet_protocols = ipv4
        myhostname = {MailRigAddresses.MtaHostName}
        mydomain = {MailRigAddresses.RecipientDomain}
        myorigin = $myhostname
        mydestination =
        local_recipient_maps =
        alias_maps =
        alias_database =
        mynetworks = 127.0.0.0/8
        biff = no
        smtpd_banner = $myhostname ESMTP
        # rig.test is relayed to the second listener (the domain's "mx"), which refuses by the rules in mx-access.
        relay_domains = {MailRigAddresses.RecipientDomain}
        relay_recipient_maps = regexp:{layout.PostfixConfig}/recipients.regexp
        parent_domain_matches_subdomains = debug_peer_list smtpd_access_maps
        transport_maps = texthash:{layout.PostfixConfig}/transport
        # Bounces (to the VERP return path) are delivered into the Dovecot user's Maildir.
        virtual_mailbox_domains = {MailRigAddresses.BounceDomain}
        virtual_mailbox_base = {layout.MailRoot}
        virtual_mailbox_maps = regexp:{layout.PostfixConfig}/mailboxes.regexp
        virtual_uid_maps = static:{mailUid}
        virtual_gid_maps = static:{mailGid}
        virtual_minimum_uid = {Math.Min(mailUid, 100)}
        recipient_delimiter = +
        # No DNS, no TLS.
        smtp_dns_support_level = disabled
        smtp_host_lookup = native
        smtp_tls_security_level = none
        smtpd_tls_security_level = none
        # Fast retries and short lifetimes.
        queue_run_delay = {Seconds(QueueRunDelay)}
        minimal_backoff_time = {Seconds(QueueRunDelay)}
        maximal_backoff_time = {Seconds(QueueRunDelay * 2)}
        maximal_queue_lifetime = {Seconds(QueueLifetime)}
        bounce_queue_lifetime = {Seconds(QueueLifetime)}
        delay_warning_time = {Seconds(DelayWarningTime)}
        """ + "\n";

    public static string MasterCf(RigLayout layout, int submissionPort, int mxPort) => $"""
        # service type  private unpriv  chroot  wakeup  maxproc command + args
        {submissionPort} inet n - n - - smtpd
          -o syslog_name=postfix/submission
          -o smtpd_reject_unlisted_recipient=no
        {mxPort} inet n - n - - smtpd
          -o syslog_name=postfix/mx
          -o myhostname={MailRigAddresses.MxHostName}
          -o smtpd_recipient_restrictions=check_recipient_access,regexp:{layout.PostfixConfig}/mx-access.regexp,permit_mynetworks,reject
          -o content_filter=discard:
        pickup    unix  n       -       n       60      1       pickup
        cleanup   unix  n       -       n       -       0       cleanup
        qmgr      unix  n       -       n       300     1       qmgr
        rewrite   unix  -       -       n       -       -       trivial-rewrite
        bounce    unix  -       -       n       -       0       bounce
        defer     unix  -       -       n       -       0       bounce
        trace     unix  -       -       n       -       0       bounce
        verify    unix  -       -       n       -       1       verify
        flush     unix  n       -       n       1000?   0       flush
        proxymap  unix  -       -       n       -       -       proxymap
        smtp      unix  -       -       n       -       -       smtp
        relay     unix  -       -       n       -       -       smtp
        showq     unix  n       -       n       -       -       showq
        error     unix  -       -       n       -       -       error
        retry     unix  -       -       n       -       -       error
        discard   unix  -       -       n       -       -       discard
        virtual   unix  -       n       n       -       -       virtual
        anvil     unix  -       -       n       -       1       anvil
        scache    unix  -       -       n       -       1       scache
        postlog   unix-dgram n  -       n       -       1       postlogd
        """ + "\n";

    /// <summary>relay_recipient_maps: every rig.test address exists except unknown… and nobody….</summary>
    public const string RecipientsRegexp = "!/^(unknown|nobody)[^@]*@/ OK\n";

    /// <summary>The mx's check_recipient_access: full… is refused for good, busy… for now.</summary>
    public const string MxAccessRegexp = """
        /^full[^@]*@rig\.test$/ 552 5.2.2 Mailbox full
        /^busy[^@]*@rig\.test$/ 450 4.2.1 Mailbox busy, try again later
        """ + "\n";

    /// <summary>virtual_mailbox_maps: everything at the bounce domain goes to the bounces user's Maildir.</summary>
    public static string MailboxesRegexp => $"/@{MailRigAddresses.BounceDomain.Replace(".", "\\.", StringComparison.Ordinal)}$/ {MailRigAddresses.BounceLocalPart}/Maildir/\n";

    public static string Transport(int mxPort) =>
        $"{MailRigAddresses.RecipientDomain} smtp:[127.0.0.1]:{mxPort.ToString(CultureInfo.InvariantCulture)}\n";

    private static string Seconds(TimeSpan value) => $"{(int)value.TotalSeconds}s";
}
