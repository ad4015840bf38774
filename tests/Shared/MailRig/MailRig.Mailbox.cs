using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace SeoulMonitor.Testing;

/// <summary>The rig's IMAP mailbox, read with MailKit's <see cref="ImapClient"/> exactly as a bounce poller would.</summary>
public sealed partial class MailRig
{
    /// <summary>How often <see cref="WaitForMessagesAsync"/> looks at the mailbox again.</summary>
    public static readonly TimeSpan MailboxPollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>An authenticated IMAP client for the bounce mailbox (the caller disposes it).</summary>
    public async Task<ImapClient> ConnectImapAsync(CancellationToken cancellationToken = default)
    {
        var client = new ImapClient();
        try
        {
            await client.ConnectAsync(Host, ImapPort, SecureSocketOptions.None, cancellationToken);
            await client.AuthenticateAsync(ImapUser, ImapPassword, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Every message in the INBOX, oldest first.</summary>
    public async Task<IReadOnlyList<RigMessage>> ListMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var client = await ConnectImapAsync(cancellationToken);
        return await FetchAsync(client, known: new Dictionary<uint, RigMessage>(), cancellationToken);
    }

    /// <summary>Deletes every message in the INBOX. Tests share the rig: prefer <see cref="DeleteMessagesAsync"/> with your own VERP tokens.</summary>
    public Task<int> ClearMailboxAsync(CancellationToken cancellationToken = default) => DeleteMessagesAsync(_ => true, cancellationToken);

    /// <summary>Deletes the INBOX messages that match (flag \Deleted, then EXPUNGE) and returns how many there were.</summary>
    public async Task<int> DeleteMessagesAsync(Func<RigMessage, bool> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var client = await ConnectImapAsync(cancellationToken);
        var doomed = (await FetchAsync(client, new Dictionary<uint, RigMessage>(), cancellationToken)).Where(match).Select(message => new UniqueId(message.Uid)).ToList();
        if (doomed.Count > 0)
        {
            await client.Inbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            await client.Inbox.AddFlagsAsync(doomed, MessageFlags.Deleted, silent: true, cancellationToken);
            await client.Inbox.ExpungeAsync(doomed, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return doomed.Count;
    }

    /// <summary>
    /// Polls the INBOX until <paramref name="count"/> messages match, and returns them (oldest first); throws a
    /// <see cref="TimeoutException"/> carrying <see cref="Diagnostics"/> when they do not arrive within <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<RigMessage>> WaitForMessagesAsync(
        Func<RigMessage, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var clock = Stopwatch.StartNew();
        var known = new Dictionary<uint, RigMessage>();
        using var client = await ConnectImapAsync(cancellationToken);
        while (true)
        {
            var matched = (await FetchAsync(client, known, cancellationToken)).Where(match).ToList();
            if (matched.Count >= count)
            {
                return matched;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"{matched.Count} of {count} expected messages arrived in the rig's mailbox within {timeout}.{Environment.NewLine}{Diagnostics()}");
            }

            await Task.Delay(MailboxPollInterval, TimeProvider.System, cancellationToken);
        }
    }

    /// <summary>Messages whose envelope recipient (Delivered-To, as written by Postfix) is <paramref name="address"/>.</summary>
    public static Func<RigMessage, bool> DeliveredTo(string address) => message =>
        message.Message.Headers.Any(header =>
            header.Field.Equals("Delivered-To", StringComparison.OrdinalIgnoreCase) && header.Value.Trim().Equals(address, StringComparison.OrdinalIgnoreCase));

    private static async Task<IReadOnlyList<RigMessage>> FetchAsync(ImapClient client, Dictionary<uint, RigMessage> known, CancellationToken cancellationToken)
    {
        var inbox = client.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var present = await inbox.SearchAsync(SearchQuery.All, cancellationToken);
        foreach (var uid in present)
        {
            if (known.ContainsKey(uid.Id))
            {
                continue;
            }

            using var stream = await inbox.GetStreamAsync(uid, cancellationToken);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            var raw = buffer.ToArray();
            known[uid.Id] = new RigMessage(uid.Id, raw, await MimeMessage.LoadAsync(new MemoryStream(raw), cancellationToken));
        }

        await inbox.CloseAsync(expunge: false, cancellationToken);
        var current = present.Select(uid => uid.Id).ToHashSet();
        return [.. known.Values.Where(message => current.Contains(message.Uid)).OrderBy(message => message.Uid)];
    }
}
