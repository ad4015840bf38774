using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Testing.Sms;

/// <summary>
/// An in-process JSON SMS gateway on 127.0.0.1 (HttpListener): checks the API key, records every request and answers
/// per a script of (request, attempt for that clientRef) → <see cref="GatewayStep"/>. Like a real gateway it
/// deduplicates by clientRef: a repeat of an accepted clientRef gets the first message id and is not sent again.
/// </summary>
internal sealed class FakeSmsGateway : IAsyncDisposable
{
    public const string ApiKey = "test-api-key";

    /// <summary>The API key header of the gateway API (SmsGatewayClient.ApiKeyHeader).</summary>
    public const string ApiKeyHeader = "X-Api-Key";
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private int _nextId;

    public FakeSmsGateway(Func<SmsGatewayRequest, int, GatewayStep>? script = null)
    {
        Script = script ?? ((_, _) => GatewayStep.Accept);
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    public Func<SmsGatewayRequest, int, GatewayStep> Script { get; set; }

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<SmsGatewayRequest> Requests { get; } = new();

    /// <summary>clientRef → message id, once per clientRef (the texts actually sent to carriers).</summary>
    public ConcurrentDictionary<string, string> Accepted { get; } = new(StringComparer.Ordinal);

    /// <summary>Accepts per clientRef (a real send each): must be 1 for every one.</summary>
    public ConcurrentDictionary<string, int> Sends { get; } = new(StringComparer.Ordinal);

    public int Duplicates;

    public int Drops;

    public int Attempts(string clientRef) => _attempts.TryGetValue(clientRef, out var n) ? n + 1 : 0;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        await _loop.ContinueWith(static _ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            await AnswerAsync(context);
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The client went away (timeout) or the gateway is stopping.
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        if (context.Request.Headers[ApiKeyHeader] != ApiKey)
        {
            await WriteAsync(response, 401, """{"code":"unauthorized","message":"bad key"}""");
            return;
        }

        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var request = JsonSerializer.Deserialize<SmsGatewayRequest>(await reader.ReadToEndAsync(), JsonOptions)!;
        Requests.Enqueue(request);
        var attempt = _attempts.AddOrUpdate(request.ClientRef, 0, static (_, n) => n + 1);
        switch (Script(request, attempt))
        {
            case GatewayStep.Accept:
                await WriteAsync(response, 202, Accept(request));
                break;
            case GatewayStep.RefuseNumber:
                await WriteAsync(response, 400, """{"code":"invalid_number","message":"The number is not a mobile number."}""");
                break;
            case GatewayStep.RefuseSender:
                await WriteAsync(response, 400, """{"code":"sender_not_registered","message":"The sender number is not registered."}""");
                break;
            case GatewayStep.TooMany:
                response.Headers["Retry-After"] = "1";
                await WriteAsync(response, 429, """{"code":"rate_limited","message":"Slow down."}""");
                break;
            case GatewayStep.ServerError:
                await WriteAsync(response, 500, """{"code":"internal","message":"Oops."}""");
                break;
            case GatewayStep.Slow:
                var body = Accept(request);
                await Task.Delay(SlowDelay, _stop.Token);
                await WriteAsync(response, 202, body);
                break;
            case GatewayStep.Drop:
                // HttpListener's Abort alone may still answer 200: promise a body, send part of it, then cut the connection.
                Interlocked.Increment(ref Drops);
                response.StatusCode = 202;
                response.ContentLength64 = 64;
                await response.OutputStream.WriteAsync("{\"messa"u8.ToArray());
                await response.OutputStream.FlushAsync();
                response.Abort();
                break;
        }
    }

    private string Accept(SmsGatewayRequest request)
    {
        var fresh = false;
        var id = Accepted.GetOrAdd(request.ClientRef, _ =>
        {
            fresh = true;
            return "gw-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        });
        if (fresh)
        {
            Sends.AddOrUpdate(request.ClientRef, 1, static (_, n) => n + 1);
        }
        else
        {
            Interlocked.Increment(ref Duplicates);
        }

        return $$"""{"messageId":"{{id}}"}""";
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
