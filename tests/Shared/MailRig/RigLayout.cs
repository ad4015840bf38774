namespace SeoulMonitor.Testing;

/// <summary>The rig's directories and files under one temporary root (kept short: Unix socket paths are limited).</summary>
internal sealed record RigLayout(string Root)
{
    public string PostfixConfig => Path.Combine(Root, "postfix", "conf");

    public string PostfixQueue => Path.Combine(Root, "postfix", "queue");

    public string PostfixData => Path.Combine(Root, "postfix", "data");

    public string PostfixLog => Path.Combine(Root, "postfix.log");

    public string PostfixOutput => Path.Combine(Root, "postfix.out");

    public string DovecotDirectory => Path.Combine(Root, "dovecot");

    public string DovecotConfig => Path.Combine(DovecotDirectory, "dovecot.conf");

    public string DovecotUsers => Path.Combine(DovecotDirectory, "users");

    public string DovecotLog => Path.Combine(Root, "dovecot.log");

    public string DovecotOutput => Path.Combine(Root, "dovecot.out");

    public string MailRoot => Path.Combine(Root, "mail");

    public string BounceHome => Path.Combine(MailRoot, MailRigAddresses.BounceLocalPart);
}
