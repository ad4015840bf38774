using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>The OpenAPI document (with the bearer scheme) and the interactive API page.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddSeoulMonitorOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "SeoulMonitor API",
                Version = "v1",
                Description = "Seoul's Citizen Monitor program (서울시민모니터): applications, membership, communities, training, audit.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with a role claim (staff, department, monitor, community-leader); `dotnet user-jwts create` makes one for development.",
            };
            return Task.CompletedTask;
        }));
}
