using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Tests.Infrastructure;

/// <summary>
/// The real host on a temporary SQLite file, with a test signing key for bearer tokens and a fake clock.
/// Each test creates its own application, so tests are isolated.
/// </summary>
public sealed class SeoulMonitorApplication : WebApplicationFactory<Program>
{
    private const string Issuer = "seoulmonitor-test";
    private const string Audience = "seoulmonitor";
    private static readonly SymmetricSecurityKey SigningKey = new(Encoding.UTF8.GetBytes("seoulmonitor-test-signing-key-0123456789abcdef"));
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"seoulmonitor-host-{Guid.NewGuid():N}.db");
    private readonly string _mailDirectory = Path.Combine(Path.GetTempPath(), $"seoulmonitor-host-mail-{Guid.NewGuid():N}");
    private readonly bool _demo;
    private readonly bool _systemClock;
    private readonly IReadOnlyDictionary<string, string>? _settings;

    /// <summary>
    /// Creates the application; <paramref name="demo"/> seeds the demo data on start. <paramref name="systemClock"/>
    /// runs the host on the real clock instead of <see cref="Time"/> (for the mail engine, whose flushes and progress
    /// reports wait on the clock). <paramref name="settings"/> are applied after the test defaults (for example the SMS
    /// gateway's <c>Mailing:Sms:Gateway:*</c>).
    /// </summary>
    public SeoulMonitorApplication(bool demo = false, DateTimeOffset? start = null, bool systemClock = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        _demo = demo;
        _systemClock = systemClock;
        _settings = settings;
        Time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    }

    /// <summary>The clock the host reads (unless it runs on the system clock).</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The clock the host actually reads.</summary>
    public TimeProvider Clock => _systemClock ? TimeProvider.System : Time;

    /// <summary>The mail engine's pickup directory (one .eml file per message sent).</summary>
    public string PickupDirectory => Path.Combine(_mailDirectory, "pickup");

    /// <summary>The key that signs unsubscribe tokens in this host.</summary>
    public static byte[] UnsubscribeKey { get; } = [.. Enumerable.Range(100, 32).Select(i => (byte)i)];

    /// <summary>A client with no token.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient();

    /// <summary>A client whose bearer token carries the given roles and claims.</summary>
    public HttpClient CreateClient(string[] roles, Guid? monitorId = null, string? department = null, string name = "tester")
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new("sub", name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (monitorId is { } id)
        {
            claims.Add(new Claim(ClaimNames.MonitorId, id.ToString("D")));
        }

        if (department is not null)
        {
            claims.Add(new Claim(ClaimNames.Department, department));
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A staff client.</summary>
    public HttpClient CreateStaffClient(string name = "staff-kim") => CreateClient([Roles.Staff], name: name);

    /// <summary>A monitor client for <paramref name="monitorId"/>.</summary>
    public HttpClient CreateMonitorClient(Guid monitorId) => CreateClient([Roles.Monitor], monitorId, name: $"monitor-{monitorId:N}");

    /// <summary>A department officer client.</summary>
    public HttpClient CreateDepartmentClient(string department = "시민봉사담당관") => CreateClient([Roles.Department], department: department, name: "dept-officer");

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("SeoulMonitor:Storage:Provider", "Sqlite");
        builder.UseSetting("SeoulMonitor:Storage:ConnectionString", $"Data Source={_databaseFile};Pooling=False;Default Timeout=60");
        builder.UseSetting("SeoulMonitor:Demo:Enabled", _demo ? "true" : "false");
        builder.UseSetting("Mailing:Ledger:ConnectionString", $"Data Source={Path.Combine(_mailDirectory, "ledger.db")};Pooling=False");
        builder.UseSetting("Mailing:Pickup:Directory", PickupDirectory);
        builder.UseSetting("Mailing:Pipeline:JournalDirectory", Path.Combine(_mailDirectory, "journal"));
        builder.UseSetting("Mailing:Pipeline:NodeId", "host-test");
        builder.UseSetting("Mailing:Pipeline:Workers", "2");
        builder.UseSetting("Mailing:Pipeline:PollInterval", "00:00:00.050");
        builder.UseSetting("Mailing:Pipeline:FlushInterval", "00:00:00.020");
        builder.UseSetting("Mailing:Pipeline:ProgressInterval", "00:00:00.050");
        builder.UseSetting("Mailing:Unsubscribe:BaseUrl", "https://monitor.seoul.go.kr/api/unsubscribe");
        builder.UseSetting("Mailing:Unsubscribe:SigningKey", Convert.ToBase64String(UnsubscribeKey));
        builder.UseSetting("Mailing:Sms:SenderNumbers:0", "02-2133-1234");
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (!_systemClock)
            {
                services.AddSingleton<TimeProvider>(Time);
            }

            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = Issuer,
                    ValidAudience = Audience,
                    IssuerSigningKey = SigningKey,
                    ValidateLifetime = false,
                };
            });
        });
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var path in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(path);
        }

        if (Directory.Exists(_mailDirectory))
        {
            Directory.Delete(_mailDirectory, recursive: true);
        }
    }
}
