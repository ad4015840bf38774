namespace SeoulMonitor.Mailing.Transport;

/// <summary>The end of a transaction: the content or the reset, and how each reply becomes a <see cref="SendResult"/>.</summary>
internal sealed partial class PipelinedSmtpSender
{
    private const int StartMailInput = 354;

    private SendResult FinishBdat(SendResult? refusal)
    {
        var code = _reader.Read();

        // After a refused envelope the server read and discarded the chunk (RFC 3030 §3) and refused BDAT as well.
        return refusal is { } refused ? AfterRefusal(refused, code) : Final(code);
    }

    private SendResult FinishData(ReadOnlySpan<byte> content, SendResult? refusal) => FinishData(content, refusal, _reader.Read());

    private SendResult FinishData(ReadOnlySpan<byte> content, SendResult? refusal, int code)
    {
        if (refusal is { } refused)
        {
            if (code == StartMailInput)
            {
                // A server that starts the content although the envelope was refused gets an empty message.
                _writer.WriteLine(".\r\n"u8);
                _writer.Flush();
                code = _reader.Read();
            }

            return AfterRefusal(refused, code);
        }

        if (code != StartMailInput)
        {
            var dataRefused = code >= 400
                ? SmtpReplyClassifier.FromStatus(code, $"DATA refused: {_reader.DescribeReply(code)}")
                : new SendResult(SendOutcomeKind.ConnectionFailure, code, $"Unexpected reply to DATA: {_reader.DescribeReply(code)}");
            return Ends(dataRefused) ? dataRefused : Reset(dataRefused);
        }

        _writer.WriteDotStuffed(content);
        _writer.Flush();
        return Final(_reader.Read());
    }

    /// <summary>The answer after the content: accepted with the server's text, or refused as MailKit reports it.</summary>
    private SendResult Final(int code) => IsPositive(code)
        ? new SendResult(SendOutcomeKind.Accepted, code, _reader.ReplyText())
        : SmtpReplyClassifier.FromStatus(code, $"DATA refused: {_reader.DescribeReply(code)}");

    /// <summary>A refused MAIL FROM or RCPT TO; 530 (authentication required) is temporary, as MailKit reports it.</summary>
    private SendResult EnvelopeRefused(string command, string address, int code)
    {
        var reply = $"{command}{address}> refused: {_reader.DescribeReply(code)}";
        return code == SmtpReplyClassifier.AuthenticationRequired
            ? new SendResult(SendOutcomeKind.TemporaryFailure, code, reply)
            : SmtpReplyClassifier.FromStatus(code, reply);
    }

    /// <summary>
    /// Keeps the envelope's refusal as the answer; the last reply of the group (a 4xx or 5xx, as expected) is followed by
    /// RSET, anything else (421, or a reply out of step) retires the connection.
    /// </summary>
    private SendResult AfterRefusal(SendResult refused, int lastCode)
        => lastCode >= 400 && lastCode != SmtpReplyClassifier.ServiceNotAvailable
            ? Reset(refused)
            : Retire(refused, $"After a refused envelope: {_reader.DescribeReply(lastCode)}");

    /// <summary>RSET after a refused transaction, so that the next message starts clean; a refused RSET retires the connection.</summary>
    private SendResult Reset(SendResult result)
    {
        _writer.WriteLine("RSET\r\n"u8);
        _writer.Flush();
        var code = _reader.Read();
        return IsPositive(code) ? result : Retire(result, $"RSET refused: {_reader.DescribeReply(code)}");
    }

    /// <summary>Keeps <paramref name="result"/> as the message's answer but marks the connection as not reusable.</summary>
    private SendResult Retire(SendResult result, string? reason)
    {
        Unusable = reason;
        return result;
    }
}
