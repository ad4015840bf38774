namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// Chaining on the DATA path (RFC 2920 §3.1: the client may send the next envelope right after the end of data): a
/// message's dot-stuffed content and final dot stay in the buffer and go out in the same send as the NEXT message's
/// MAIL, RCPT and DATA, and the final reply of the one arrives with the envelope replies of the other: 1 round trip per
/// message instead of 2. The last message of a run is completed on its own (<see cref="CompletePending"/>).
/// </summary>
internal sealed partial class PipelinedSmtpSender
{
    private bool _finalPending;

    /// <summary>Whether a message's content is written (or buffered) and its final reply not read yet.</summary>
    public bool HasPending => _finalPending;

    /// <summary>
    /// The answer of the message whose final reply the last <see cref="SendDeferred"/> read, or <see langword="null"/>;
    /// kept when that call then threw, so that the caller still learns it.
    /// </summary>
    public SendResult? Completed { get; private set; }

    /// <summary>
    /// Sends <paramref name="message"/> after the pending one's content: returns this message's answer, or
    /// <see langword="null"/> when it is pending in turn (its content is buffered); the pending message's answer, if
    /// there was one, is in <see cref="Completed"/>. Throws as <see cref="Send"/> does when the connection broke.
    /// </summary>
    public SendResult? SendDeferred(in OutgoingMessage message)
    {
        Completed = null;
        if (UsesBdat)
        {
            // BDAT already takes one round trip; nothing is ever pending.
            return Send(message);
        }

        var content = message.Content.Span;
        _writer.WriteEnvelope(message.Sender, message.Recipient, _size ? content.Length : -1);
        _writer.WriteLine("DATA\r\n"u8);
        _writer.Flush();
        if (_finalPending)
        {
            _finalPending = false;
            var previous = Final(_reader.Read());
            Completed = previous;
            if (Ends(previous))
            {
                // The server is closing after the previous message: this envelope was never read.
                return new SendResult(SendOutcomeKind.ConnectionFailure, 0, $"The server closed the connection: {previous.Reply}");
            }
        }

        SendResult? refusal = null;
        var code = _reader.Read();
        if (!IsPositive(code))
        {
            refusal = EnvelopeRefused("MAIL FROM:<", message.Sender, code);
            if (Ends(refusal.Value))
            {
                return refusal.Value;
            }
        }

        code = _reader.Read();
        if (!IsPositive(code))
        {
            var rcptRefused = EnvelopeRefused("RCPT TO:<", message.Recipient, code);
            if (Ends(rcptRefused))
            {
                return refusal is { } earlier ? Retire(earlier, rcptRefused.Reply) : rcptRefused;
            }

            refusal ??= rcptRefused;
        }

        code = _reader.Read();
        if (refusal is not null || code != StartMailInput)
        {
            return FinishData(content, refusal, code);
        }

        // Accepted so far: the content waits in the buffer for the next envelope (or CompletePending).
        _writer.WriteDotStuffed(content);
        _finalPending = true;
        return null;
    }

    /// <summary>Sends the pending message's content (if still buffered) and reads its final reply.</summary>
    public SendResult CompletePending()
    {
        if (!_finalPending)
        {
            throw new InvalidOperationException("No message is pending.");
        }

        _finalPending = false;
        _writer.Flush();
        return Final(_reader.Read());
    }

    /// <summary>Forgets the pending message (the connection broke; its answer is unknown).</summary>
    public void AbandonPending()
    {
        _finalPending = false;
        _writer.Clear();
    }
}
