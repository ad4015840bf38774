using System.Text;
using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>Real Postfix DSNs (postfix-*.eml, produced by the rig), a Gmail-style DSN, an ARF complaint and malformed reports.</summary>
public sealed class BounceReportParserTests
{
    public static TheoryData<string, string, string, BounceKind> Classified => new()
    {
        { "postfix-unknown-recipient.eml", "failed", "5.1.1", BounceKind.Hard },
        { "postfix-one-of-two.eml", "failed", "5.1.1", BounceKind.Hard },
        { "postfix-mailbox-full.eml", "failed", "5.2.2", BounceKind.Soft },
        { "postfix-expired.eml", "failed", "4.2.1", BounceKind.Soft },
        { "postfix-delayed.eml", "delayed", "4.2.1", BounceKind.Delayed },
        { "gmail-unknown-user.eml", "failed", "5.1.1", BounceKind.Hard },
    };

    [Theory]
    [MemberData(nameof(Classified))]
    public void Parse_DeliveryStatusNotification_OneClassifiedRecipient(string file, string action, string status, BounceKind kind)
    {
        var parsed = BounceReportParser.Parse(BounceTestData.Sample(file));

        Assert.True(parsed.IsSuccess, parsed.Error?.Code);
        Assert.False(parsed.Value.IsComplaint);
        var recipient = Assert.Single(parsed.Value.Recipients);
        Assert.Equal(action, recipient.Action);
        Assert.Equal(status, recipient.Status);
        Assert.Equal(kind, recipient.Kind);
        Assert.NotNull(recipient.FinalRecipient);
        Assert.NotNull(recipient.Diagnostic);
    }

    [Fact]
    public void Parse_PostfixUnknownRecipient_EnvelopeIsTheVerpAddressAndDiagnosticUnfolded()
    {
        var report = BounceReportParser.Parse(BounceTestData.Sample("postfix-unknown-recipient.eml")).Value;

        Assert.Equal("bounces+unknown.e3df7b88d932@bounces.rig.test", report.EnvelopeAddresses[0]);
        Assert.Equal("20261126074030.CB789B366E2@mta.rig.test", report.ReportId);
        Assert.Equal("unknown-unknown.e3df7b88d932@rig.test", report.Recipients[0].FinalRecipient);
        Assert.DoesNotContain('\n', report.Recipients[0].Diagnostic!);
        Assert.Contains("User unknown in relay recipient table", report.Recipients[0].Diagnostic, StringComparison.Ordinal);
        Assert.Equal("<bounces+unknown.e3df7b88d932@bounces.rig.test>", report.ReturnedReturnPath);
    }

    [Fact]
    public void Parse_GmailStyle_TokenFromReturnedHeaders()
    {
        var report = BounceReportParser.Parse(BounceTestData.Sample("gmail-unknown-user.eml")).Value;

        Assert.Equal(["bounces@bounces.seoul.example"], report.EnvelopeAddresses);
        var reference = BounceTestData.Tokens().ParseToken(report.ReturnedReference);
        Assert.True(reference.IsSuccess);
        Assert.Equal(new BounceReference(BounceTestData.SampleCampaign, 2), reference.Value);
        Assert.Equal("nobody.citizen.2026@gmail.com", report.Recipients[0].FinalRecipient);
    }

    [Fact]
    public void Parse_ArfAbuse_ComplaintAboutTheOriginalRecipient()
    {
        var parsed = BounceReportParser.Parse(BounceTestData.Sample("arf-abuse.eml"));

        Assert.True(parsed.IsSuccess, parsed.Error?.Code);
        Assert.True(parsed.Value.IsComplaint);
        var recipient = Assert.Single(parsed.Value.Recipients);
        Assert.Equal(BounceKind.Complaint, recipient.Kind);
        Assert.Equal("abuse", recipient.Status);
        Assert.Equal("complainer@mailprovider.example", recipient.FinalRecipient);
        Assert.True(BounceTestData.Tokens().ParseToken(parsed.Value.ReturnedReference).IsSuccess);
    }

    [Fact]
    public void Parse_ArfNotSpam_NotAComplaint()
    {
        var raw = Encoding.UTF8.GetString(BounceTestData.Sample("arf-abuse.eml")).Replace("Feedback-Type: abuse", "Feedback-Type: not-spam", StringComparison.Ordinal);

        var parsed = BounceReportParser.Parse(Encoding.UTF8.GetBytes(raw));

        Assert.Null(Assert.Single(parsed.Value.Recipients).Kind);
    }

    [Theory]
    [InlineData("not-a-report.eml", "bounce.report.missing")]
    [InlineData("dsn-no-recipient-fields.eml", "bounce.report.no_recipients")]
    public void Parse_Malformed_Refused(string file, string code) =>
        Assert.Equal(code, BounceReportParser.Parse(BounceTestData.Sample(file)).Error?.Code);

    [Fact]
    public void Parse_Empty_Malformed() => Assert.Equal("bounce.message.malformed", BounceReportParser.Parse(ReadOnlyMemory<byte>.Empty).Error?.Code);

    [Fact]
    public void Parse_Garbage_ReportMissing()
    {
        var garbage = new byte[2000];
        new Random(7).NextBytes(garbage);

        Assert.StartsWith("bounce.", BounceReportParser.Parse(garbage).Error?.Code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4096, true)]
    [InlineData(4097, false)]
    public void Parse_SizeLimit_Boundary(int size, bool accepted)
    {
        var raw = BounceTestData.Dsn("bounces+x@bounces.seoul.example", "a@example.net", "5.1.1");
        var padded = new byte[size];
        raw.CopyTo(padded, 0);
        padded.AsSpan(raw.Length).Fill((byte)' ');

        var parsed = BounceReportParser.Parse(padded, maxBytes: 4096);

        Assert.Equal(accepted ? null : "bounce.message.too_large", parsed.Error?.Code);
    }
}
