using System.Collections.Concurrent;
using System.Text;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Core.Tests.Audiences.Outbox;

/// <summary>A transport that records each message's envelope and bytes and answers from a script per recipient.</summary>
internal sealed class RecordingMailTransport : IMailConnectionFactory
{
    public string Name => "recording";

    /// <summary>The answer for a recipient; accepted by default.</summary>
    public Func<string, SendResult> Answer { get; set; } = static _ => new SendResult(SendOutcomeKind.Accepted, 250, "2.0.0 OK");

    public ConcurrentQueue<(string To, string Content)> Sent { get; } = new();

    public IMailConnection Open(CancellationToken cancellationToken) => new Connection(this);

    private sealed class Connection(RecordingMailTransport owner) : IMailConnection
    {
        public bool IsUsable => true;

        public SendResult Send(OutgoingMessage message, CancellationToken cancellationToken)
        {
            var answer = owner.Answer(message.Recipient);
            if (answer.Kind == SendOutcomeKind.Accepted)
            {
                owner.Sent.Enqueue((message.Recipient, Encoding.ASCII.GetString(message.Content.Span)));
            }

            return answer;
        }

        public void Dispose()
        {
        }
    }
}
