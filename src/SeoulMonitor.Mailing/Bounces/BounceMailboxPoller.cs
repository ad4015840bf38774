using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// Reads the bounce mailbox over IMAP (MailKit's <see cref="ImapClient"/>) every <see cref="BounceImapOptions.PollInterval"/>:
/// the unseen messages of <see cref="BounceImapOptions.Folder"/> are fetched (without setting \Seen) and processed one
/// by one; a processed message is MOVEd to <see cref="BounceImapOptions.ProcessedFolder"/>, a refused one (not a
/// report, no or a forged token, too large) to <see cref="BounceImapOptions.RejectedFolder"/>; both are created when
/// missing and nothing is ever deleted. A message whose processing fails (the ledger unreachable) stays unseen where it
/// is and is tried at the next poll. A crash between processing and the move processes a message again at the next
/// poll, which records nothing new (events are idempotent by report id). Off unless <see cref="BounceImapOptions.Host"/> is set.
/// </summary>
public sealed class BounceMailboxPoller : BackgroundService
{
    private readonly BounceProcessor _processor;
    private readonly BounceImapOptions _imap;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal BounceMailboxPoller(BounceProcessor processor, IOptions<MailingOptions> options, TimeProvider time, ILogger logger)
    {
        _processor = processor ?? throw new ArgumentNullException(nameof(processor));
        _imap = (options ?? throw new ArgumentNullException(nameof(options))).Value.Bounces.Imap;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Connects, handles up to <see cref="BounceImapOptions.BatchSize"/> unseen messages, and disconnects.</summary>
    public async Task<BouncePollResult> PollOnceAsync(CancellationToken cancellationToken = default)
    {
        if (!_imap.IsConfigured)
        {
            throw new InvalidOperationException("Mailing:Bounces:Imap:Host is not set.");
        }

        using var client = new ImapClient();
        await client.ConnectAsync(_imap.Host!, _imap.Port, Socket(_imap.Security), cancellationToken).ConfigureAwait(false);
        await client.AuthenticateAsync(_imap.User ?? "", _imap.Password ?? "", cancellationToken).ConfigureAwait(false);
        var folder = string.Equals(_imap.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(_imap.Folder, cancellationToken).ConfigureAwait(false);
        var processedFolder = await EnsureFolderAsync(client, _imap.ProcessedFolder, cancellationToken).ConfigureAwait(false);
        var rejectedFolder = await EnsureFolderAsync(client, _imap.RejectedFolder, cancellationToken).ConfigureAwait(false);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken).ConfigureAwait(false);
        var unseen = await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken).ConfigureAwait(false);
        var batch = unseen.Take(_imap.BatchSize).ToList();
        var summaries = batch.Count == 0 ? [] : await folder.FetchAsync(batch, MessageSummaryItems.UniqueId | MessageSummaryItems.Size, cancellationToken).ConfigureAwait(false);
        int processed = 0, rejected = 0, left = unseen.Count - batch.Count;
        foreach (var summary in summaries)
        {
            var accepted = await HandleAsync(folder, summary, cancellationToken).ConfigureAwait(false);
            if (accepted is null)
            {
                left++;
                continue;
            }

            await folder.MoveToAsync(summary.UniqueId, accepted.Value ? processedFolder : rejectedFolder, cancellationToken).ConfigureAwait(false);
            _ = accepted.Value ? processed++ : rejected++;
        }

        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        _logger.BouncePollCompleted(_imap.Folder, processed, rejected, left);
        return new BouncePollResult(processed, rejected, left);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_imap.IsConfigured)
        {
            _logger.BouncePollingOff();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.BouncePollFailed(ex, _imap.PollInterval);
            }

            try
            {
                await Task.Delay(_imap.PollInterval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>True: processed; false: refused; null: left for the next poll.</summary>
    private async Task<bool?> HandleAsync(IMailFolder folder, IMessageSummary summary, CancellationToken cancellationToken)
    {
        if (summary.Size is { } size && size > (uint)_processor.MaxMessageBytes)
        {
            return false;
        }

        try
        {
            byte[] raw;
            using (var stream = await folder.GetStreamAsync(summary.UniqueId, cancellationToken).ConfigureAwait(false))
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                raw = buffer.ToArray();
            }

            var result = await _processor.ProcessAsync(raw, cancellationToken).ConfigureAwait(false);
            return result.IsSuccess;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.BounceMessageKept(ex, summary.UniqueId.Id, ex.GetType().Name);
            await folder.RemoveFlagsAsync(summary.UniqueId, MessageFlags.Seen, silent: true, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private static async Task<IMailFolder> EnsureFolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        try
        {
            return await root.GetSubfolderAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (FolderNotFoundException)
        {
            return await root.CreateAsync(name, isMessageFolder: true, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The IMAP server did not create the folder {name}.");
        }
    }

    private static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.SslOnConnect,
    };
}
