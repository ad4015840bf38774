using System.Text;
using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>The test key, campaign and domain the non-Postfix samples were written with, and a DSN builder.</summary>
internal static class BounceTestData
{
    /// <summary>Bytes 101–132, base64 (the samples' tokens were computed with it).</summary>
    public const string SigningKey = "ZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4Q=";

    public const string Domain = "bounces.seoul.example";

    public static readonly Guid SampleCampaign = Guid.Parse("5b0c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4");

    public static BounceOptions Options(int threshold = 3) => new()
    {
        ReturnPathLocalPart = "bounces",
        Domain = Domain,
        SigningKey = SigningKey,
        SoftBounceThreshold = threshold,
    };

    public static ReturnPathTokens Tokens() => ReturnPathTokens.FromOptions(Options())!;

    public static byte[] Sample(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Bounces", "Samples", file));

    /// <summary>A Postfix-style DSN to <paramref name="returnPath"/> about <paramref name="recipient"/>.</summary>
    public static byte[] Dsn(string returnPath, string recipient, string status, string action = "failed", string? messageId = null)
    {
        var id = messageId ?? $"{Guid.NewGuid():N}@mta.example";
        var text = $"""
            Return-Path: <>
            Delivered-To: {returnPath}
            From: MAILER-DAEMON@mta.example
            To: {returnPath}
            Subject: Undelivered Mail Returned to Sender
            Message-ID: <{id}>
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"

            --b
            Content-Type: text/plain

            Delivery report.

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mta.example

            Final-Recipient: rfc822; {recipient}
            Action: {action}
            Status: {status}
            Diagnostic-Code: smtp; {(status.StartsWith('5') ? "550" : "450")} {status} test reply

            --b--

            """;
        return Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));
    }
}
