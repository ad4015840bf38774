using System.Diagnostics.CodeAnalysis;
using MimeKit;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// One worker's message builder: writes each recipient's message as wire bytes (RFC 5322, CRLF, 7-bit, not
/// dot-stuffed) into ONE reused buffer: DKIM-Signature (when signing), From, To, Subject, Date, Message-ID,
/// MIME-Version, X-Campaign-Id, List-Unsubscribe(-Post), Content-Type, then the bodies in their transfer encoding.
/// The message returned by <see cref="TryWrite"/> is valid until the next call: send it, then write the next.
/// Not thread-safe.
/// </summary>
internal sealed partial class MessageWriter : IDisposable
{
    /// <summary>Room left before the header block for the DKIM-Signature field, so that signing copies nothing else.</summary>
    private const int SignatureRoom = 1024;
    private readonly MessageComposer _composer;
    private readonly TemplateRenderer _renderer;
    private readonly BodyEncoder _encoder = new();
    private readonly DkimWireSigner? _signer;
    private readonly WireBuffer _wire = new(8192);
    private readonly HeaderField[] _fields = new HeaderField[16];
    private int _fieldCount;
    private int _fieldStart;
    private int _reserve;

    internal MessageWriter(MessageComposer composer)
    {
        _composer = composer;
        _renderer = new TemplateRenderer(composer.Templates, composer.TimeProvider);
        _signer = composer.Dkim?.CreateSigner(composer.TimeProvider);
        _reserve = _signer is null ? 0 : SignatureRoom;
        _boundary = $"=_{System.Security.Cryptography.RandomNumberGenerator.GetHexString(24, lowercase: true)}";
        _staticFields = StaticFields(composer);
    }

    /// <summary>Whether messages are DKIM-signed through the native RSA path.</summary>
    internal bool SignsWithNativeRsa => _signer?.IsNativeRsa == true;

    /// <summary>
    /// Writes the message for <paramref name="delivery"/>, valid until the next call. A recipient whose data breaks a
    /// <see cref="MessageLimits"/> limit or a template filter yields <see langword="false"/> and the reason (a
    /// permanent failure for that recipient); the writer stays usable.
    /// </summary>
    public bool TryWrite(LeasedDelivery delivery, out OutgoingMessage message, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        message = default;
        if (!MailboxAddress.TryParse(delivery.Address, out var parsed) || parsed.Domain.Length == 0)
        {
            return Fail(delivery, "The recipient address is not a mailbox.", out error);
        }

        var headerAddress = HeaderAddress(parsed);
        if (headerAddress is null)
        {
            return Fail(delivery, "The recipient address is not ASCII (SMTPUTF8 is not supported).", out error);
        }

        var token = _composer.Tokens?.Create(delivery.CampaignId, delivery.RecipientId);
        var url = token is null ? null : UnsubscribeUrl(_composer.Unsubscribe.BaseUrl!, token);
        if (!_renderer.TryRender(delivery, url, out error))
        {
            return Fail(delivery, error!, out error);
        }

        var returnPath = _composer.EnvelopeSender;
        string? bounceToken = null;
        if (_composer.ReturnPaths is { } returnPaths)
        {
            if (delivery.Sequence > Bounces.ReturnPathTokens.MaxSequence)
            {
                return Fail(delivery, "The row's sequence is too large for a return-path token.", out error);
            }

            bounceToken = returnPaths.CreateToken(delivery.CampaignId, delivery.Sequence);
            returnPath = returnPaths.CreateAddress(delivery.CampaignId, delivery.Sequence);
        }

        _wire.Reset(_reserve);
        _fieldCount = 0;
        var messageId = MessageIds.Create(delivery.CampaignId, delivery.Sequence, _composer.MessageIdDomain);
        WriteHeaders(delivery, headerAddress, messageId, token, url, bounceToken);
        var bodyStart = WriteBody();
        var start = _reserve;
        if (_signer is not null)
        {
            start = Sign(bodyStart);
        }

        message = new OutgoingMessage(returnPath, parsed.Address, messageId, _wire.Bytes.AsMemory(start, _wire.Length - start));
        return true;
    }

    public void Dispose()
    {
        _signer?.Dispose();
        _renderer.Dispose();
    }

    /// <summary>Signs the message and puts the DKIM-Signature field right before its header block; returns where the message starts.</summary>
    private int Sign(int bodyStart)
    {
        _signer!.Sign(_wire.Bytes.AsSpan(0, _wire.Length), _fields.AsSpan(0, _fieldCount), bodyStart);
        var signature = _signer.Field.Bytes.AsSpan(0, _signer.Field.Length);
        if (signature.Length > _reserve)
        {
            // A longer key than the room was made for: make room once (this message is moved, later ones are not).
            var grow = signature.Length - _reserve + 256;
            _wire.Ensure(grow);
            Array.Copy(_wire.Bytes, _reserve, _wire.Bytes, _reserve + grow, _wire.Length - _reserve);
            _wire.Advance(grow);
            _reserve += grow;
        }

        var start = _reserve - signature.Length;
        signature.CopyTo(_wire.Bytes.AsSpan(start));
        return start;
    }

    /// <summary>The address as a header carries it: ASCII, the domain IDN-encoded; <see langword="null"/> when the local part is not ASCII.</summary>
    private static string? HeaderAddress(MailboxAddress address)
    {
        var value = System.Text.Ascii.IsValid(address.Address) ? address.Address : address.GetAddress(idnEncode: true);
        return System.Text.Ascii.IsValid(value) ? value : null;
    }

    private static string UnsubscribeUrl(string baseUrl, string token)
        => string.Concat(baseUrl, baseUrl.Contains('?', StringComparison.Ordinal) ? "&t=" : "?t=", token);

    private bool Fail(LeasedDelivery delivery, string reason, out string error)
    {
        error = reason;
        Log.CompositionFailed(_composer.Logger, delivery.CampaignId, delivery.Sequence, reason);
        return false;
    }
}
