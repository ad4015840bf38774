using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Core.Audiences.Outbox;

/// <summary>
/// Sends pending outbox e-mails through the mail engine's transport (<see cref="IMailConnectionFactory"/>), oldest
/// first, at most <see cref="OutboxLimits.BatchSize"/> per pass, marking each sent; a refused or failed send is
/// retried with a doubling delay up to <see cref="OutboxLimits.MaxAttempts"/> attempts (a permanent refusal is not retried). SMS messages stay pending
/// (no SMS transport yet). A singleton; hosts call <see cref="DrainOnceAsync"/> periodically.
/// </summary>
public sealed class OutboxDrainer
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IMailConnectionFactory _transport;
    private readonly TimeProvider _time;
    private readonly IOptions<SeoulMonitorCoreOptions> _options;
    private readonly ILogger<OutboxDrainer> _logger;

    internal OutboxDrainer(IServiceScopeFactory scopes, IMailConnectionFactory transport, TimeProvider time, IOptions<SeoulMonitorCoreOptions> options, ILogger<OutboxDrainer> logger)
    {
        _scopes = scopes;
        _transport = transport;
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <summary>One pass: sends what is due; returns how many were sent.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken = default)
    {
        var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = _time.GetUtcNow();
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.Channel == DeliveryChannel.Email && m.Attempts < OutboxLimits.MaxAttempts)
            .OrderBy(m => m.Id)
            .Take(OutboxLimits.BatchSize * 4)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var batch = due.Where(m => m.NextAttemptAt is null || m.NextAttemptAt <= now).Take(OutboxLimits.BatchSize).ToList();
        if (batch.Count == 0)
        {
            return 0;
        }

        var options = _options.Value.Subscriptions;
        var sender = new MailboxAddress(options.SenderName, options.SenderAddress);
        var (sent, failed) = (0, 0);
        IMailConnection? connection = null;
        try
        {
            foreach (var message in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? error;
                var permanent = false;
                try
                {
                    connection = connection is { IsUsable: true } ? connection : Reopen(connection, cancellationToken);
                    var result = connection.Send(Compose(message, sender, now), sender, MailboxAddress.Parse(message.To), cancellationToken);
                    error = result.Kind == SendOutcomeKind.Accepted ? null : $"{result.Kind}: {result.Reply}";
                    permanent = result.Kind == SendOutcomeKind.PermanentFailure;
                }
                catch (Exception ex) when (ex is IOException or InvalidOperationException or ParseException or System.Net.Sockets.SocketException)
                {
                    error = ex.Message;
                    connection?.Dispose();
                    connection = null;
                }

                if (error is null)
                {
                    message.SentAt = now;
                    sent++;
                }
                else
                {
                    message.Attempts = permanent ? OutboxLimits.MaxAttempts : message.Attempts + 1;
                    message.LastError = error.Length <= AudienceLimits.ReasonMaxLength ? error : error[..AudienceLimits.ReasonMaxLength];
                    message.NextAttemptAt = now + (OutboxLimits.FirstRetryDelay * Math.Pow(2, Math.Min(message.Attempts, OutboxLimits.MaxAttempts) - 1));
                    failed++;
                }
            }
        }
        finally
        {
            connection?.Dispose();
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }

        _logger.OutboxDrained(sent, failed);
        return sent;
    }

    private IMailConnection Reopen(IMailConnection? old, CancellationToken cancellationToken)
    {
        old?.Dispose();
        return _transport.Open(cancellationToken);
    }

    private static MimeMessage Compose(OutboxMessage m, MailboxAddress sender, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = m.Subject, Date = now, Body = new TextPart("plain") { Text = m.TextBody } };
        message.From.Add(sender);
        message.To.Add(MailboxAddress.Parse(m.To));
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(sender.Domain);
        return message;
    }
}
