using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>One real host for the whole authorization matrix, with a client per caller.</summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>The host under test.</summary>
    public SeoulMonitorApplication App { get; } = new();

    /// <summary>The client of one of <see cref="Callers.All"/>.</summary>
    public HttpClient Client(string caller)
    {
        lock (_clients)
        {
            if (!_clients.TryGetValue(caller, out var client))
            {
                client = caller switch
                {
                    Callers.Anonymous => App.CreateAnonymousClient(),
                    Callers.Staff => App.CreateStaffClient(),
                    Callers.Department => App.CreateDepartmentClient(),
                    Callers.Monitor => App.CreateMonitorClient(Guid.NewGuid()),
                    Callers.CommunityLeader => App.CreateClient([Roles.CommunityLeader, Roles.Monitor], Guid.NewGuid()),
                    _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "Not one of Callers.All."),
                };
                _clients.Add(caller, client);
            }

            return client;
        }
    }

    /// <inheritdoc />
    public ValueTask InitializeAsync()
    {
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }
}
