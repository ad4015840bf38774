using System.Security.Cryptography;
using MimeKit;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// Reads delivery status notifications (RFC 3464: <c>multipart/report; report-type=delivery-status</c> with a
/// <c>message/delivery-status</c> part) and feedback reports (ARF, RFC 5965: <c>report-type=feedback-report</c> with a
/// <c>message/feedback-report</c> part) with MimeKit. Never throws for bad input: refusals are
/// <c>bounce.message.too_large</c>, <c>bounce.message.malformed</c>, <c>bounce.report.missing</c> and
/// <c>bounce.report.no_recipients</c>.
/// </summary>
public static class BounceReportParser
{
    /// <summary>The header the engine adds to each VERP message, carrying the row's token (read back from returned messages).</summary>
    public const string ReferenceHeader = "X-SM-Ref";

    /// <summary>The longest address taken from a report (RFC 5321's path limit is 256; 320 is the usual bound).</summary>
    private const int MaxAddressLength = 320;

    private static readonly string[] EnvelopeHeaders = ["Delivered-To", "X-Original-To", "To", "Return-Path"];

    /// <summary>Parses the raw bytes of a bounce message of at most <paramref name="maxBytes"/> bytes.</summary>
    public static MailingResult<BounceReport> Parse(ReadOnlyMemory<byte> raw, int maxBytes = BounceOptions.DefaultMaxMessageBytes)
    {
        if (raw.Length > maxBytes)
        {
            return BounceErrors.MessageTooLarge(maxBytes);
        }

        if (raw.IsEmpty)
        {
            return BounceErrors.MessageMalformed();
        }

        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw.ToArray(), writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (Exception ex) when (ex is FormatException or ParseException or IOException)
        {
            return BounceErrors.MessageMalformed();
        }

        using (message)
        {
            return Parse(message, raw.Span);
        }
    }

    /// <summary>Parses a loaded message; <paramref name="raw"/> keys a report that has no Message-ID.</summary>
    public static MailingResult<BounceReport> Parse(MimeMessage message, ReadOnlySpan<byte> raw)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Headers.Count == 0 || FindReport(message.Body) is not { } report)
        {
            return BounceErrors.ReportMissing();
        }

        var recipients = new List<BounceRecipient>();
        var isComplaint = false;
        try
        {
            foreach (var part in report)
            {
                if (part is MessageDeliveryStatus status)
                {
                    ReadDeliveryStatus(status, recipients);
                }
                else if (part is MessageFeedbackReport feedback)
                {
                    isComplaint = true;
                    ReadFeedback(feedback, report, recipients);
                }
            }
        }
        catch (Exception ex) when (ex is FormatException or ParseException)
        {
            return BounceErrors.ReportNoRecipients();
        }

        if (recipients.Count == 0)
        {
            return BounceErrors.ReportNoRecipients();
        }

        var returned = Returned(report);
        var id = BounceText.Clean(message.MessageId, 500) ?? $"sha256:{Convert.ToHexStringLower(SHA256.HashData(raw))}";
        return new BounceReport(
            id,
            isComplaint,
            Envelope(message),
            BounceText.Clean(returned?.Headers[ReferenceHeader], 500),
            BounceText.Clean(returned?.Headers[HeaderId.ReturnPath], 500),
            recipients);
    }

    private static MultipartReport? FindReport(MimeEntity? entity) => entity switch
    {
        MultipartReport report => report,
        Multipart multipart => multipart.Select(FindReport).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private static void ReadDeliveryStatus(MessageDeliveryStatus status, List<BounceRecipient> recipients)
    {
        var groups = status.StatusGroups;
        for (var i = 1; i < groups.Count; i++)
        {
            var fields = groups[i];
            var action = BounceText.Clean(fields["Action"], BounceText.MaxStatusLength);
            var code = BounceText.Clean(fields["Status"], BounceText.MaxStatusLength);
            if (string.IsNullOrEmpty(action) || string.IsNullOrEmpty(code))
            {
                continue;
            }

            recipients.Add(new BounceRecipient(
                TypedAddress(fields["Final-Recipient"]), TypedAddress(fields["Original-Recipient"]),
                action.ToLowerInvariant(), code, Unfold(fields["Diagnostic-Code"]), BounceClassifier.Classify(action, code)));
        }
    }

    private static void ReadFeedback(MessageFeedbackReport feedback, MultipartReport report, List<BounceRecipient> recipients)
    {
        var type = BounceText.Clean(feedback.Fields["Feedback-Type"], BounceText.MaxStatusLength)?.ToLowerInvariant();
        if (string.IsNullOrEmpty(type))
        {
            return;
        }

        var recipient = TypedAddress(feedback.Fields["Original-Rcpt-To"]) ?? Returned(report)?.To.Mailboxes.FirstOrDefault()?.Address;
        var kind = type is "abuse" or "fraud" or "virus" ? BounceKind.Complaint : (BounceKind?)null;
        recipients.Add(new BounceRecipient(recipient, null, "complaint", type, Unfold(feedback.Fields["User-Agent"]), kind));
    }

    private static MimeMessage? Returned(MultipartReport report) =>
        report.OfType<MessagePart>().Select(part => part.Message).FirstOrDefault(message => message is not null);

    private static List<string> Envelope(MimeMessage message)
    {
        var addresses = new List<string>();
        foreach (var name in EnvelopeHeaders)
        {
            foreach (var header in message.Headers.Where(h => h.Field.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var value in header.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var address = MailboxAddress.TryParse(value, out var mailbox) ? mailbox.Address : value.Trim('<', '>', ' ');
                    if (address.Length > 0 && address.Length <= 320 && !addresses.Contains(address, StringComparer.OrdinalIgnoreCase))
                    {
                        addresses.Add(address);
                    }
                }
            }
        }

        return addresses;
    }

    /// <summary><c>rfc822; a@b</c> → <c>a@b</c>.</summary>
    private static string? TypedAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var address = BounceText.Clean(semicolon < 0 ? value : value[(semicolon + 1)..], MaxAddressLength * 4)?.Trim('<', '>');
        return string.IsNullOrEmpty(address) || address.Length > MaxAddressLength ? null : address;
    }

    private static string? Unfold(string? value) => BounceText.Clean(value, BounceText.MaxDiagnosticLength);
}
