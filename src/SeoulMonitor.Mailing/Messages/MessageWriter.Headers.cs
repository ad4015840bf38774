using System.Globalization;
using System.Text;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>The header block: fields the same for every message are encoded once per writer.</summary>
internal sealed partial class MessageWriter
{
    private static readonly byte[] MimeVersion = "MIME-Version: 1.0\r\n"u8.ToArray();
    private static readonly byte[] OneClick = "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"u8.ToArray();
    private readonly string _boundary;
    private readonly (byte[] From, byte[] Campaign) _staticFields;

    private static (byte[] From, byte[] Campaign) StaticFields(MessageComposer composer)
    {
        var from = new WireBuffer(256);
        from.Write("From:"u8);
        var lineStart = 0;
        var address = HeaderAddress(new MimeKit.MailboxAddress("", composer.SenderAddress))
            ?? throw new ArgumentException("The sender address is not ASCII (SMTPUTF8 is not supported).", nameof(composer));
        HeaderEncoder.WriteMailbox(from, composer.SenderName, address, ref lineStart);
        from.WriteCrlf();
        var campaign = Encoding.ASCII.GetBytes($"X-Campaign-Id: {composer.Definition.Id:N}\r\n");
        return (from.Bytes[..from.Length], campaign);
    }

    private void WriteHeaders(LeasedDelivery delivery, string address, string messageId, string? token, string? url, string? bounceToken = null)
    {
        WriteField("From", _staticFields.From);
        var lineStart = Begin("To:"u8);
        var name = delivery.Fields.TryGetValue("name", out var value) ? HeaderText.Sanitize(value) : "";
        HeaderEncoder.WriteMailbox(_wire, name, address, ref lineStart);
        End("To");
        lineStart = Begin("Subject:"u8);
        HeaderEncoder.WriteUnstructured(_wire, _renderer.Subject, ref lineStart);
        End("Subject");
        Begin("Date: "u8);
        WriteDate(_composer.TimeProvider.GetUtcNow());
        End("Date");
        Begin("Message-ID: <"u8);
        _wire.WriteAscii(messageId);
        _wire.Write((byte)'>');
        End("Message-ID");
        WriteField("MIME-Version", MimeVersion);
        WriteField("X-Campaign-Id", _staticFields.Campaign);
        if (bounceToken is not null)
        {
            // The row's VERP token again, for bounces that come back to another address (Return-Path is left to the receiving MTA).
            Begin("X-SM-Ref: "u8);
            _wire.WriteAscii(bounceToken);
            End("X-SM-Ref");
        }

        if (url is null)
        {
            return;
        }

        // RFC 2369 and RFC 8058: the https URL, then the optional mailto.
        lineStart = Begin("List-Unsubscribe:"u8);
        var mailto = _composer.Unsubscribe.MailtoAddress;
        HeaderEncoder.Fold(_wire, url.Length + 3, ref lineStart);
        _wire.Write((byte)'<');
        _wire.WriteAscii(url);
        _wire.Write(string.IsNullOrEmpty(mailto) ? ">"u8 : ">,"u8);
        if (!string.IsNullOrEmpty(mailto))
        {
            HeaderEncoder.Fold(_wire, mailto.Length + token!.Length + 32, ref lineStart);
            _wire.Write("<mailto:"u8);
            _wire.WriteAscii(mailto);
            _wire.Write("?subject=unsubscribe%20"u8);
            _wire.WriteAscii(token);
            _wire.Write((byte)'>');
        }

        End("List-Unsubscribe");
        WriteField("List-Unsubscribe-Post", OneClick);
    }

    /// <summary>RFC 5322 §3.3: <c>Wed, 15 Jan 2025 09:30:00 +0000</c>.</summary>
    private void WriteDate(DateTimeOffset date)
    {
        date.TryFormat(_wire.Ensure(40), out var written, "ddd, d MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture);
        _wire.Advance(written);
        var offset = (int)date.Offset.TotalMinutes;
        _wire.Write(offset < 0 ? (byte)'-' : (byte)'+');
        offset = Math.Abs(offset);
        ((offset / 60 * 100) + (offset % 60)).TryFormat(_wire.Ensure(4), out written, "D4", CultureInfo.InvariantCulture);
        _wire.Advance(written);
    }

    /// <summary>Starts a field with <paramref name="head"/> (name and colon); returns the offset of its line.</summary>
    private int Begin(ReadOnlySpan<byte> head)
    {
        _fieldStart = _wire.Length;
        _wire.Write(head);
        return _fieldStart;
    }

    private void End(string name)
    {
        _wire.WriteCrlf();
        _fields[_fieldCount++] = new HeaderField(name, _fieldStart, _wire.Length);
    }

    private void WriteField(string name, ReadOnlySpan<byte> field)
    {
        _fieldStart = _wire.Length;
        _wire.Write(field);
        _fields[_fieldCount++] = new HeaderField(name, _fieldStart, _wire.Length);
    }
}
