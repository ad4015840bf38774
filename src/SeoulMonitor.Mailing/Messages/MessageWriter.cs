using System.Diagnostics.CodeAnalysis;
using MimeKit;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// One worker's message builder: owns ONE <see cref="MimeMessage"/> and its body parts and rewrites them for every
/// recipient (From, To, Subject, Date, Message-ID, List-Unsubscribe, bodies, DKIM-Signature). The message returned by
/// <see cref="TryCompose"/> is valid until the next call: send it, then compose the next. Bodies are already in their
/// final transfer encoding (quoted-printable or base64, CRLF), so the transport may skip <c>MimeMessage.Prepare</c>.
/// Not thread-safe.
/// </summary>
internal sealed class MessageWriter : IDisposable
{
    private const string ListUnsubscribe = "List-Unsubscribe";
    private const string ListUnsubscribePost = "List-Unsubscribe-Post";
    private const string CampaignHeader = "X-Campaign-Id";
    private readonly MessageComposer _composer;
    private readonly TemplateRenderer _renderer;
    private readonly BodyEncoder _encoder = new();
    private readonly PreEncodedPart? _html;
    private readonly PreEncodedPart? _text;
    private readonly DkimMessageSigner? _signer;
    private readonly MimeMessage _message = new();
    private readonly MemoryStream _wire = new(8192);
    private static readonly FormatOptions WireFormat = CreateWireFormat();

    internal MessageWriter(MessageComposer composer)
    {
        _composer = composer;
        _renderer = new TemplateRenderer(composer.Templates, composer.TimeProvider);
        _html = composer.Templates.HasHtml ? new PreEncodedPart("html") : null;
        _text = composer.Templates.HasText ? new PreEncodedPart("plain") : null;
        _message.Body = (_text, _html) switch
        {
            ({ } text, { } html) => new MultipartAlternative { text, html },
            ({ } text, null) => text,
            _ => _html!,
        };
        // Present in the header list (not only added while writing) so that DKIM signs the header that is sent.
        _message.MimeVersion = new Version(1, 0);
        _message.Headers.Replace(CampaignHeader, composer.Definition.Id.ToString("N"));
        _message.From.Add(new MailboxAddress(composer.SenderName, composer.SenderAddress));
        _signer = composer.Dkim?.CreateSigner(composer.TimeProvider);
        EnvelopeSender = new MailboxAddress("", composer.EnvelopeSender);
    }

    /// <summary>The SMTP envelope sender (MAIL FROM): the campaign's return path, or its From address.</summary>
    public MailboxAddress EnvelopeSender { get; }

    /// <summary>The SMTP envelope recipient (RCPT TO) of the last composed message; a new instance per message.</summary>
    public MailboxAddress? EnvelopeRecipient { get; private set; }

    /// <summary>Whether messages are DKIM-signed through the native RSA path.</summary>
    internal bool SignsWithNativeRsa => _signer?.IsNative == true;

    /// <summary>
    /// Composes the message for <paramref name="delivery"/>. A recipient whose data breaks a <see cref="MessageLimits"/>
    /// limit or a template filter yields <see langword="false"/> and the reason (a permanent failure for that
    /// recipient); the writer stays usable.
    /// </summary>
    public bool TryCompose(LeasedDelivery delivery, [NotNullWhen(true)] out MimeMessage? message, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        message = null;
        EnvelopeRecipient = null;
        if (!MailboxAddress.TryParse(delivery.Address, out var parsed) || parsed.Domain.Length == 0)
        {
            return Fail(delivery, "The recipient address is not a mailbox.", out error);
        }

        var token = _composer.Tokens?.Create(delivery.CampaignId, delivery.RecipientId);
        var url = token is null ? null : UnsubscribeUrl(_composer.Unsubscribe.BaseUrl!, token);
        if (!_renderer.TryRender(delivery, url, out error))
        {
            return Fail(delivery, error!, out error);
        }

        if (_text is not null)
        {
            _text.SetText(_encoder, _renderer.TextBody!);
        }

        if (_html is not null)
        {
            _html.SetText(_encoder, _renderer.HtmlBody!);
        }

        SetHeaders(delivery, parsed.Address, token, url);
        if (_signer is not null)
        {
            _message.Headers.RemoveAll(HeaderId.DkimSignature);
            _signer.Sign(DkimSigningKey.SigningFormat, _message, _composer.Dkim!.HeadersToSign);
        }

        EnvelopeRecipient = new MailboxAddress("", parsed.Address);
        message = _message;
        return true;
    }

    /// <summary>
    /// Composes the message for <paramref name="delivery"/> (<see cref="TryCompose"/>) in its wire form, valid until the
    /// next call.
    /// </summary>
    public bool TryWrite(LeasedDelivery delivery, out OutgoingMessage message, [NotNullWhen(false)] out string? error)
    {
        if (!TryCompose(delivery, out var composed, out error))
        {
            message = default;
            return false;
        }

        _wire.SetLength(0);
        composed.WriteTo(WireFormat, _wire);
        message = new OutgoingMessage(EnvelopeSender.Address, EnvelopeRecipient!.Address, composed.MessageId ?? "", _wire.GetBuffer().AsMemory(0, (int)_wire.Length));
        return true;
    }

    /// <summary>Composes the message or throws; for previews. Engines use <see cref="TryCompose"/>.</summary>
    /// <exception cref="InvalidOperationException">The recipient's message cannot be composed.</exception>
    public MimeMessage Compose(LeasedDelivery delivery)
        => TryCompose(delivery, out var message, out var error) ? message : throw new InvalidOperationException(error);

    public void Dispose()
    {
        _signer?.Dispose();
        _renderer.Dispose();
        _message.Dispose();
        _wire.Dispose();
    }

    private static FormatOptions CreateWireFormat()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }

    private void SetHeaders(LeasedDelivery delivery, string address, string? token, string? url)
    {
        // From is set once (the constructor). Fresh MailboxAddress instances for To every time: an address list
        // subscribes to its members' events, so one instance shared across messages would leak.
        _message.To.Clear();
        var name = delivery.Fields.TryGetValue("name", out var value) ? HeaderText.Sanitize(value) : "";
        _message.To.Add(new MailboxAddress(name, address));
        _message.Subject = _renderer.Subject;
        _message.Date = _composer.TimeProvider.GetUtcNow();
        _message.MessageId = MessageIds.Create(delivery.CampaignId, delivery.Sequence, _composer.MessageIdDomain);
        if (url is null)
        {
            return;
        }

        var mailto = _composer.Unsubscribe.MailtoAddress;
        _message.Headers.Replace(ListUnsubscribe, string.IsNullOrEmpty(mailto)
            ? $"<{url}>"
            : $"<{url}>, <mailto:{mailto}?subject=unsubscribe%20{token}>");
        if (!_message.Headers.Contains(ListUnsubscribePost))
        {
            // The same for every message: added once, after List-Unsubscribe.
            _message.Headers.Add(ListUnsubscribePost, "List-Unsubscribe=One-Click");
        }
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
