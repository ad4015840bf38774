using MimeKit;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Bounces.RealMta;

/// <summary>
/// The saved Postfix DSNs (Bounces/Samples/postfix-*.eml: exact bytes as read over IMAP from the rig, CRLF, queue ids
/// and dates as produced) stay what the parsing tests expect them to be. Refresh them by running
/// <see cref="PostfixDsnTests"/> with SEOULMONITOR_MAILRIG_SAMPLES set to a directory and copying the files over.
/// </summary>
public sealed class PostfixSampleTests
{
    public static TheoryData<string, string, string> Samples => new()
    {
        { "postfix-unknown-recipient.eml", "failed", "5.1.1" },
        { "postfix-mailbox-full.eml", "failed", "5.2.2" },
        { "postfix-delayed.eml", "delayed", "4.2.1" },
        { "postfix-expired.eml", "failed", "4.2.1" },
        { "postfix-one-of-two.eml", "failed", "5.1.1" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_SavedPostfixDsn_IsOneRecipientReportToItsVerpAddress(string file, string action, string status)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Bounces", "Samples", file);
        using var message = await MimeMessage.LoadAsync(path, TestContext.Current.CancellationToken);

        var verp = message.Headers["Delivered-To"];
        Assert.StartsWith($"{MailRigAddresses.BounceLocalPart}+", verp, StringComparison.Ordinal);
        Assert.EndsWith($"@{MailRigAddresses.BounceDomain}", verp, StringComparison.Ordinal);
        Assert.Equal(verp, message.Headers["X-Original-To"]);
        var report = DeliveryStatusReport.Read(message);
        Assert.Equal($"rfc822; {verp}", report.PerMessage["X-Postfix-Sender"]);
        var group = Assert.Single(report.PerRecipient);
        Assert.EndsWith($"@{MailRigAddresses.RecipientDomain}", group["Final-Recipient"], StringComparison.Ordinal);
        Assert.Equal(action, group["Action"]);
        Assert.Equal(status, group["Status"]);
        Assert.NotNull(report.Returned);
    }
}
