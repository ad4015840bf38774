using System.Diagnostics.CodeAnalysis;
using System.Text;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.CrashHarness;

/// <summary>
/// Puts <c>X-Harness-Node: {node id}</c> in front of every message the engine builds, so that the multi-node tests
/// can tell which process sent each copy the SMTP server received. Test-only: one copy of the bytes per message.
/// </summary>
internal sealed class NodeStampingMessageFactory(IMessageFactory inner, string nodeId) : IMessageFactory
{
    public const string Header = "X-Harness-Node";

    private readonly byte[] _stamp = Encoding.ASCII.GetBytes($"{Header}: {nodeId}\r\n");

    public MailingError? Validate(MessageTemplate template) => inner.Validate(template);

    public void EnsureReady() => inner.EnsureReady();

    public IMessageWriter CreateWriter() => new Writer(inner.CreateWriter(), _stamp);

    private sealed class Writer(IMessageWriter inner, byte[] stamp) : IMessageWriter
    {
        private byte[] _buffer = new byte[16 * 1024];

        public bool TryWrite(CampaignDefinition campaign, LeasedDelivery delivery, out OutgoingMessage message, [NotNullWhen(false)] out string? error)
        {
            if (!inner.TryWrite(campaign, delivery, out var built, out error))
            {
                message = built;
                return false;
            }

            var length = stamp.Length + built.Content.Length;
            if (_buffer.Length < length)
            {
                _buffer = new byte[length * 2];
            }

            stamp.CopyTo(_buffer, 0);
            built.Content.Span.CopyTo(_buffer.AsSpan(stamp.Length));
            message = built with { Content = _buffer.AsMemory(0, length) };
            return true;
        }

        public void Dispose() => inner.Dispose();
    }
}
