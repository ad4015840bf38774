using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// Turns one campaign's leased deliveries into wire-ready messages. Holds what all workers share (the compiled templates,
/// the DKIM key, the unsubscribe key); each worker calls <see cref="CreateWriter"/> once and composes every message of
/// its connection with that <see cref="MessageWriter"/>. Thread-safe.
/// </summary>
internal sealed class MessageComposer
{
    /// <summary>Creates the composer.</summary>
    /// <param name="definition">The campaign (id and sender).</param>
    /// <param name="templates">The compiled templates (<see cref="CampaignTemplates.Compile"/>).</param>
    /// <param name="unsubscribe">The List-Unsubscribe settings; disabled options leave the headers out.</param>
    /// <param name="dkim">The DKIM key (<see cref="DkimSigningKey.Load"/>), or <see langword="null"/> for unsigned mail.</param>
    /// <param name="timeProvider">The clock for Date and the DKIM timestamp.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="messageIdDomain">The Message-ID's right-hand side; defaults to the sender address's domain.</param>
    /// <param name="returnPaths">VERP: each message's envelope sender names its ledger row; <see langword="null"/> keeps the campaign's sender.</param>
    /// <exception cref="ArgumentException">The sender address or the domain is not usable.</exception>
    public MessageComposer(
        CampaignDefinition definition, CampaignTemplates templates, UnsubscribeOptions unsubscribe, DkimSigningKey? dkim,
        TimeProvider timeProvider, ILogger? logger = null, string? messageIdDomain = null,
        Bounces.ReturnPathTokens? returnPaths = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(unsubscribe);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (!MailboxAddress.TryParse(definition.Sender.Address, out var from) || from.Domain.Length == 0)
        {
            throw new ArgumentException("The sender address is not a mailbox.", nameof(definition));
        }

        var envelope = definition.Sender.ReturnPath ?? definition.Sender.Address;
        if (!MailboxAddress.TryParse(envelope, out _))
        {
            throw new ArgumentException("The sender's return path is not a mailbox.", nameof(definition));
        }

        MessageIdDomain = messageIdDomain ?? from.Domain;
        if (Uri.CheckHostName(MessageIdDomain) != UriHostNameType.Dns)
        {
            throw new ArgumentException("The Message-ID domain is not a DNS name.", nameof(messageIdDomain));
        }

        // Headers are 7-bit: an internationalized domain goes in its A-label form.
        MessageIdDomain = System.Text.Ascii.IsValid(MessageIdDomain) ? MessageIdDomain : new System.Globalization.IdnMapping().GetAscii(MessageIdDomain);

        Definition = definition;
        Templates = templates;
        Unsubscribe = unsubscribe;
        Tokens = unsubscribe.Enabled ? UnsubscribeTokens.FromOptions(unsubscribe) : null;
        Dkim = dkim;
        TimeProvider = timeProvider;
        Logger = logger ?? NullLogger.Instance;
        SenderAddress = from.Address;
        SenderName = HeaderText.Sanitize(definition.Sender.DisplayName ?? "");
        EnvelopeSender = envelope;
        ReturnPaths = returnPaths;
        Log.ComposerCreated(Logger, definition.Id, templates.HasHtml, templates.HasText, dkim?.Options.Algorithm, dkim is not null, unsubscribe.Enabled);
    }

    internal CampaignDefinition Definition { get; }

    internal CampaignTemplates Templates { get; }

    internal UnsubscribeOptions Unsubscribe { get; }

    internal UnsubscribeTokens? Tokens { get; }

    internal DkimSigningKey? Dkim { get; }

    internal TimeProvider TimeProvider { get; }

    internal ILogger Logger { get; }

    internal string MessageIdDomain { get; }

    internal string SenderAddress { get; }

    internal string SenderName { get; }

    internal string EnvelopeSender { get; }

    /// <summary>VERP return paths, or <see langword="null"/> to use <see cref="EnvelopeSender"/> for every message.</summary>
    internal Bounces.ReturnPathTokens? ReturnPaths { get; }

    /// <summary>A writer for one worker (one connection). Dispose it with the worker.</summary>
    public MessageWriter CreateWriter() => new(this);
}
