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
    private readonly bool _demo;

    /// <summary>Creates the application; <paramref name="demo"/> seeds the demo data on start.</summary>
    public SeoulMonitorApplication(bool demo = false, DateTimeOffset? start = null)
    {
        _demo = demo;
        Time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    }

    /// <summary>The clock the host reads.</summary>
    public FakeTimeProvider Time { get; }

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
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
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
    }
}
