namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// Classifies one DSN recipient by its Action and Status (RFC 3463 enhanced codes):
/// <list type="table">
/// <item><term>Action delayed</term><description><see cref="BounceKind.Delayed"/> (a warning, not a bounce).</description></item>
/// <item><term>Action delivered, relayed, expanded</term><description>not a bounce (<see langword="null"/>).</description></item>
/// <item><term>failed, 4.x.x</term><description>soft (the queue lifetime ran out on a temporary failure).</description></item>
/// <item><term>failed, 5.1.x</term><description>hard: the address (5.1.1 unknown user, 5.1.2 bad domain, 5.1.3, 5.1.6 moved, 5.1.10 null MX …).</description></item>
/// <item><term>failed, 5.2.1</term><description>hard: mailbox disabled.</description></item>
/// <item><term>failed, 5.4.4</term><description>hard: the domain cannot be routed.</description></item>
/// <item><term>failed, 5.2.2</term><description>soft: mailbox full (it may be emptied).</description></item>
/// <item><term>failed, 5.7.x</term><description>soft: policy or spam rejection, the message's fault rather than the address's.</description></item>
/// <item><term>failed, any other 5.x.x</term><description>soft (5.2.3 too large, 5.3.x system, 5.4.x network, 5.5.x protocol, 5.6.x content).</description></item>
/// <item><term>failed, no usable status</term><description>soft.</description></item>
/// </list>
/// </summary>
public static class BounceClassifier
{
    /// <summary>The kind, or <see langword="null"/> when the recipient did not bounce (delivered, relayed, expanded, or an unknown action).</summary>
    public static BounceKind? Classify(string? action, string? status)
    {
        var verb = action?.Trim().ToLowerInvariant();
        if (verb == "delayed")
        {
            return BounceKind.Delayed;
        }

        if (verb != "failed")
        {
            return null;
        }

        var code = (status ?? "").Trim();
        var space = code.IndexOfAny([' ', '\t', '(']);
        code = space < 0 ? code : code[..space];
        var parts = code.Split('.');
        if (parts.Length != 3 || parts[0] is not ("2" or "4" or "5"))
        {
            return BounceKind.Soft;
        }

        if (parts[0] != "5")
        {
            return BounceKind.Soft;
        }

        return (parts[1], parts[2]) switch
        {
            ("1", _) => BounceKind.Hard,
            ("2", "1") => BounceKind.Hard,
            ("4", "4") => BounceKind.Hard,
            _ => BounceKind.Soft,
        };
    }
}
