using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace SeoulMonitor.Mailing.Tests.Fakes;

/// <summary>One connection of <see cref="FaultySmtpServer"/>: a minimal ESMTP dialogue with the server's faults applied.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Everything is disposed when RunAsync ends.")]
internal sealed class FaultySmtpSession(FaultySmtpServer server, Socket socket, long id)
{
    private readonly FaultySmtpServerOptions _options = server.Options;
    private readonly MemoryStream _replies = new();
    private readonly List<string> _recipients = [];
    private readonly MemoryStream _bdat = new();
    private SmtpWireReader _reader = null!;
    private Stream _stream = null!;
    private string? _mailFrom;
    private bool _authenticated;
    private long _mailRead = -1;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new SmtpWireReader(_stream);
        try
        {
            if (!await ReplyAsync(SmtpStage.Greeting, "220 faulty.test ESMTP", cancellationToken))
            {
                return;
            }

            while (await _reader.ReadLineAsync(cancellationToken) is { } raw)
            {
                var line = Encoding.UTF8.GetString(raw);
                var verb = (line.Split(' ', 2)[0]).ToUpperInvariant();
                server.CountCommand(verb);
                if (!await HandleAsync(verb, line, cancellationToken))
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away or the server stopped.
        }
        finally
        {
            await _stream.DisposeAsync();
            await _replies.DisposeAsync();
            await _bdat.DisposeAsync();
        }
    }

    private async Task<bool> HandleAsync(string verb, string line, CancellationToken ct)
    {
        switch (verb)
        {
            case "EHLO":
                return await SendAsync(Capabilities(), ct);
            case "HELO":
                return await SendAsync("250 faulty.test", ct);
            case "STARTTLS" when _options.Certificate is not null:
                await SendAsync("220 2.0.0 Ready to start TLS", ct, flush: true);
                var ssl = new SslStream(_stream, leaveInnerStreamOpen: false);
                await ssl.AuthenticateAsServerAsync(_options.Certificate, false, false);
                _stream = ssl;
                _reader.Stream = ssl;
                _reader.Reset();
                server.RecordStartTls();
                return true;
            case "AUTH" when _options.Credentials is not null:
                return await AuthenticateAsync(line, ct);
            case "MAIL":
                if (_options.RequireAuthentication && !_authenticated)
                {
                    return await SendAsync("530 5.7.0 Authentication required", ct);
                }

                _mailFrom = Address(line);
                _mailRead = _reader.Reads;
                _recipients.Clear();
                return await ReplyAsync(SmtpStage.Mail, "250 2.1.0 Ok", ct, onSuccess: null, onFailure: () => _mailFrom = null);
            case "RCPT":
                var recipient = Address(line);
                if (_mailFrom is null)
                {
                    return await SendAsync("503 5.5.1 Need MAIL first", ct);
                }

                if (server.RecipientRejection(recipient) is { } rejection)
                {
                    return await SendAsync(rejection, ct);
                }

                if (server.TakeDomainReply(recipient) is { } domainReply)
                {
                    return await SendAsync(domainReply, ct);
                }

                return await ReplyAsync(SmtpStage.Rcpt, "250 2.1.5 Ok", ct, onSuccess: () => _recipients.Add(recipient));
            case "DATA":
                RecordPipelinedGroup();
                return await DataAsync(ct);
            case "BDAT" when _options.Chunking:
                RecordPipelinedGroup();
                return await BdatAsync(line, ct);
            case "RSET":
                _mailFrom = null;
                _recipients.Clear();
                return await SendAsync("250 2.0.0 Ok", ct);
            case "NOOP":
                return await SendAsync("250 2.0.0 Ok", ct);
            case "QUIT":
                await SendAsync("221 2.0.0 Bye", ct, flush: true);
                return false;
            default:
                return await SendAsync("502 5.5.2 Command not recognized", ct);
        }
    }

    private string Capabilities()
    {
        var lines = new List<string> { "faulty.test", "8BITMIME", "ENHANCEDSTATUSCODES" };
        if (_options.Pipelining)
        {
            lines.Add("PIPELINING");
        }

        if (_options.Chunking)
        {
            lines.Add("CHUNKING");
        }

        if (_options.MaxSize > 0)
        {
            lines.Add($"SIZE {_options.MaxSize}");
        }

        if (_options.Certificate is not null && _stream is not SslStream)
        {
            lines.Add("STARTTLS");
        }

        if (_options.Credentials is not null)
        {
            lines.Add("AUTH PLAIN LOGIN");
        }

        return string.Join("\r\n", lines.Select((l, i) => (i == lines.Count - 1 ? "250 " : "250-") + l));
    }

    private async Task<bool> AuthenticateAsync(string line, CancellationToken ct)
    {
        var parts = line.Split(' ');
        var mechanism = parts.Length > 1 ? parts[1].ToUpperInvariant() : "";
        string user, password;
        if (mechanism == "PLAIN")
        {
            var initial = parts.Length > 2 ? parts[2] : await PromptAsync("334 ", ct);
            var fields = Encoding.UTF8.GetString(Convert.FromBase64String(initial ?? "")).Split('\0');
            (user, password) = fields.Length == 3 ? (fields[1], fields[2]) : ("", "");
        }
        else if (mechanism == "LOGIN")
        {
            user = Encoding.UTF8.GetString(Convert.FromBase64String(await PromptAsync("334 VXNlcm5hbWU6", ct) ?? ""));
            password = Encoding.UTF8.GetString(Convert.FromBase64String(await PromptAsync("334 UGFzc3dvcmQ6", ct) ?? ""));
        }
        else
        {
            return await SendAsync("504 5.5.4 Unrecognized authentication type", ct);
        }

        if ((user, password) != _options.Credentials!.Value)
        {
            return await SendAsync("535 5.7.8 Authentication credentials invalid", ct);
        }

        _authenticated = true;
        server.RecordAuthentication(mechanism, user);
        return await SendAsync("235 2.7.0 Authentication successful", ct);
    }

    private async Task<string?> PromptAsync(string prompt, CancellationToken ct)
    {
        await SendAsync(prompt, ct, flush: true);
        return await _reader.ReadLineAsync(ct) is { } answer ? Encoding.ASCII.GetString(answer) : null;
    }

    private async Task<bool> DataAsync(CancellationToken ct)
    {
        if (_mailFrom is null || _recipients.Count == 0)
        {
            return _options.StartDataWithoutRecipients
                ? await DataWithoutRecipientsAsync(ct)
                : await SendAsync("554 5.5.1 No valid recipients", ct);
        }

        var proceed = false;
        if (!await ReplyAsync(SmtpStage.Data, "354 End data with <CR><LF>.<CR><LF>", ct, onSuccess: () => proceed = true))
        {
            return false;
        }

        if (!proceed)
        {
            return true;
        }

        await FlushAsync(ct);
        var dropAfter = server.TakeDrop();
        using var content = new MemoryStream();
        while (await _reader.ReadLineAsync(ct) is { } line)
        {
            if (line is [(byte)'.'])
            {
                return await CompleteAsync(content.ToArray(), viaBdat: false, ct);
            }

            content.Write(line.AsSpan(line is [(byte)'.', ..] ? 1 : 0));
            content.Write("\r\n"u8);
            if (dropAfter is { } limit && content.Length >= limit)
            {
                Drop();
                return false;
            }
        }

        return false;
    }

    private async Task<bool> DataWithoutRecipientsAsync(CancellationToken ct)
    {
        await SendAsync("354 End data with <CR><LF>.<CR><LF>", ct, flush: true);
        long bytes = 0;
        while (await _reader.ReadLineAsync(ct) is { } line)
        {
            if (line is [(byte)'.'])
            {
                server.RecordDataWithoutRecipients(bytes);
                return await SendAsync("554 5.5.1 No valid recipients", ct);
            }

            bytes += line.Length + 2;
        }

        return false;
    }

    private void RecordPipelinedGroup()
    {
        if (_mailRead == _reader.Reads)
        {
            server.RecordPipelinedGroup();
        }

        _mailRead = -1;
    }

    private async Task<bool> BdatAsync(string line, CancellationToken ct)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var size = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var last = parts.Length > 2 && parts[2].Equals("LAST", StringComparison.OrdinalIgnoreCase);
        var dropAfter = server.TakeDrop();
        var chunk = new byte[size];
        var read = 0;
        while (read < size)
        {
            var n = await _reader.ReadSomeAsync(chunk, read, size - read, ct);
            if (n == 0)
            {
                return false;
            }

            read += n;
            if (dropAfter is { } limit && read >= limit)
            {
                Drop();
                return false;
            }
        }

        if (_mailFrom is null || _recipients.Count == 0)
        {
            // RFC 3030 §3: the chunk is read and discarded, and BDAT refused like the envelope.
            _bdat.SetLength(0);
            return await SendAsync("554 5.5.1 No valid recipients", ct);
        }

        _bdat.Write(chunk);
        if (!last)
        {
            return await SendAsync($"250 2.0.0 {size} octets received", ct);
        }

        var data = _bdat.ToArray();
        _bdat.SetLength(0);
        return await CompleteAsync(data, viaBdat: true, ct);
    }

    private async Task<bool> CompleteAsync(byte[] data, bool viaBdat, CancellationToken ct)
    {
        var from = _mailFrom!;
        var recipients = _recipients.ToArray();
        _mailFrom = null;
        _recipients.Clear();
        return await ReplyAsync(SmtpStage.DataEnd, "250 2.0.0 Ok: queued", ct,
            onSuccess: () => server.Record(new ReceivedMessage(id, from, recipients, data, viaBdat)));
    }

    /// <summary>Sends the stage's injected reply (or the default), applying the tarpit; a 421 closes the connection.</summary>
    private async Task<bool> ReplyAsync(SmtpStage stage, string success, CancellationToken ct, Action? onSuccess = null, Action? onFailure = null)
    {
        if (server.TarpitFor(stage) is { } delay)
        {
            await FlushAsync(ct);
            server.EnterTarpit();
            try
            {
                await Task.Delay(delay, server.TimeProvider, ct);
            }
            finally
            {
                server.LeaveTarpit();
            }
        }

        var reply = server.TakeReply(stage) ?? success;
        if (reply[0] is '2' or '3')
        {
            onSuccess?.Invoke();
        }
        else
        {
            onFailure?.Invoke();
        }

        if (reply.StartsWith("421", StringComparison.Ordinal))
        {
            await SendAsync(reply, ct, flush: true);
            server.RecordClosedBy421();
            return false;
        }

        return await SendAsync(reply, ct);
    }

    private async Task<bool> SendAsync(string reply, CancellationToken ct, bool flush = false)
    {
        _replies.Write(Encoding.UTF8.GetBytes(reply + "\r\n"));
        if (flush || !_reader.HasBufferedData)
        {
            await FlushAsync(ct);
        }

        return true;
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_replies.Length > 0)
        {
            await _stream.WriteAsync(_replies.GetBuffer().AsMemory(0, (int)_replies.Length), ct);
            await _stream.FlushAsync(ct);
            _replies.SetLength(0);
        }
    }

    private void Drop()
    {
        server.RecordDrop();
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    private static string Address(string line)
    {
        var open = line.IndexOf('<', StringComparison.Ordinal);
        var close = line.IndexOf('>', open + 1);
        return open >= 0 && close > open ? line[(open + 1)..close] : "";
    }
}
