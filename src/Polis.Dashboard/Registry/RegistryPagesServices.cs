using Microsoft.Extensions.DependencyInjection;

namespace Polis.Dashboard.Registry;

/// <summary>Registers the services of registry management (create, import, profiles, rules).</summary>
internal static class RegistryPagesServices
{
    public static IServiceCollection AddRegistryPages(this IServiceCollection services) =>
        services.AddScoped<RegistryActions>();
}
