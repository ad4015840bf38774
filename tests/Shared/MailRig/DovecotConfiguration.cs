namespace SeoulMonitor.Testing;

/// <summary>
/// The configuration of the rig's private Dovecot: IMAP only, on 127.0.0.1 without TLS (plaintext login allowed), one
/// user from a passwd-file whose Maildir is the one the rig's Postfix delivers bounces into. The mail user is the
/// system user <c>mail</c> (Debian: uid 8), the login processes run as <c>dovenull</c> and the internal ones as
/// <c>dovecot</c>, all created by Debian's packages.
/// </summary>
internal static class DovecotConfiguration
{
    public static string Conf(RigLayout layout, int imapPort, int mailUid, int mailGid) => $$"""
        # The SeoulMonitor mail rig: a private Dovecot started by tests/Shared/MailRig (dovecot -F -c <this file>).
        base_dir = {{layout.DovecotDirectory}}/run
        state_dir = {{layout.DovecotDirectory}}/state
        log_path = {{layout.DovecotLog}}
        protocols = imap
        listen = 127.0.0.1
        ssl = no
        disable_plaintext_auth = no
        auth_mechanisms = plain login
        mail_location = maildir:~/Maildir
        first_valid_uid = {{mailUid}}
        last_valid_uid = {{mailUid}}
        first_valid_gid = {{mailGid}}
        last_valid_gid = {{mailGid}}
        default_internal_user = dovecot
        default_login_user = dovenull
        passdb {
          driver = passwd-file
          args = scheme=PLAIN username_format=%n {{layout.DovecotUsers}}
        }
        userdb {
          driver = passwd-file
          args = username_format=%n {{layout.DovecotUsers}}
        }
        service imap-login {
          inet_listener imap {
            address = 127.0.0.1
            port = {{imapPort}}
          }
          inet_listener imaps {
            port = 0
          }
        }
        """ + "\n";

    public static string Users(RigLayout layout, string password, int mailUid, int mailGid) =>
        $"{MailRigAddresses.BounceLocalPart}:{{PLAIN}}{password}:{mailUid}:{mailGid}::{layout.BounceHome}::\n";
}
