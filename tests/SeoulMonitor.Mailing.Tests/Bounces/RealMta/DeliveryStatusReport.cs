using MimeKit;

namespace SeoulMonitor.Mailing.Tests.Bounces.RealMta;

/// <summary>The parts of an RFC 3464 report these tests assert on, read with MimeKit only (not the engine's parser).</summary>
internal sealed record DeliveryStatusReport(MultipartReport Report, HeaderList PerMessage, IReadOnlyList<HeaderList> PerRecipient, MimeMessage? Returned)
{
    public static DeliveryStatusReport Read(MimeMessage message)
    {
        var report = Assert.IsType<MultipartReport>(message.Body);
        Assert.Equal("delivery-status", report.ReportType, ignoreCase: true);
        var status = Assert.Single(report.OfType<MessageDeliveryStatus>());
        Assert.True(status.StatusGroups.Count >= 2, "a DSN has a per-message group and at least one per-recipient group");
        var returned = report.OfType<MessagePart>().Select(part => part.Message).FirstOrDefault()
            ?? report.OfType<TextRfc822Headers>().Select(part => part.Message).FirstOrDefault();
        return new DeliveryStatusReport(report, status.StatusGroups[0], [.. status.StatusGroups.Skip(1)], returned);
    }

    /// <summary>The per-recipient group whose Final-Recipient is <paramref name="address"/>.</summary>
    public HeaderList Recipient(string address) => Assert.Single(
        PerRecipient,
        group => string.Equals(group["Final-Recipient"], $"rfc822; {address}", StringComparison.OrdinalIgnoreCase));
}
