using System.Collections.Concurrent;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

/// <summary>A transport that answers from a script per address and counts every send per Message-ID.</summary>
internal sealed class FakeMailConnectionFactory : IMailConnectionFactory
{
    private int _sendIndex;

    public string Name => "fake";

    /// <summary>The answer for an address on its n-th send (1, 2, …); accepted by default.</summary>
    public Func<string, int, SendResult> Script { get; set; } = static (_, _) => new SendResult(SendOutcomeKind.Accepted, 250, "2.0.0 OK");

    /// <summary>Called on the worker thread before each answer, with the send's global index (1, 2, …).</summary>
    public Action<int, string>? OnSend { get; set; }

    public ConcurrentDictionary<string, int> SendsPerMessageId { get; } = new();

    public ConcurrentDictionary<string, int> SendsPerAddress { get; } = new();

    public ConcurrentQueue<string> Order { get; } = new();

    public int Opened;

    public int Total => Volatile.Read(ref _sendIndex);

    public IMailConnection Open(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Opened);
        return new Connection(this);
    }

    private sealed class Connection(FakeMailConnectionFactory owner) : IMailConnection
    {
        private bool _disposed;

        public bool IsUsable => !_disposed;

        public SendResult Send(OutgoingMessage message, CancellationToken cancellationToken)
        {
            var index = Interlocked.Increment(ref owner._sendIndex);
            owner.OnSend?.Invoke(index, message.Recipient);
            var nth = owner.SendsPerAddress.AddOrUpdate(message.Recipient, 1, static (_, n) => n + 1);
            var answer = owner.Script(message.Recipient, nth);
            if (answer.Kind == SendOutcomeKind.Accepted)
            {
                owner.SendsPerMessageId.AddOrUpdate(message.MessageId, 1, static (_, n) => n + 1);
                owner.Order.Enqueue(message.Recipient);
            }

            return answer;
        }

        public void Dispose() => _disposed = true;
    }
}
