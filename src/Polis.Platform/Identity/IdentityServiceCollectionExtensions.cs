using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Platform.Hosting;

namespace Polis.Platform.Identity;

/// <summary>Registers operator authentication (Identity bearer tokens) and the Polis authorization policies.</summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>Tokens are re-checked against the account on each authorised request; the hour bounds a leaked token.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>Where SignalR hubs live; only there may a token come in the query string.</summary>
    private static readonly PathString HubsPath = new("/hubs");

    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(14);

    /// <summary>
    /// Adds Identity (users, the operator roles and the resident role, SQLite stores in <c>&lt;data dir&gt;/identity.db</c>), the bearer
    /// token scheme as the default scheme, data-protection keys under <c>&lt;data dir&gt;/keys</c>, the
    /// <see cref="PolisPolicies"/>, RFC 7807 bodies for 401/403 and the first-admin bootstrap.
    /// Expects <see cref="PolisOptions"/> to be bound by the host.
    /// </summary>
    public static IServiceCollection AddPolisIdentity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDbContext<PolisIdentityDbContext>((sp, db) =>
        {
            var dataDirectory = sp.GetRequiredService<IOptions<PolisOptions>>().Value.ResolveDataDirectory();
            var connection = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, "identity.db"),
            };
            db.UseSqlite(connection.ToString());
        });

        services.AddIdentityCore<PolisUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PolisIdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        AddDataProtection(services);

        services.AddAuthentication(IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, ConfigureBearer);

        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(ActiveUser().Build())
            .AddPolicy(PolisPolicies.Read, ActiveUser().RequireRole(PolisRoles.All).Build())
            .AddPolicy(PolisPolicies.Write, ActiveUser().RequireRole(PolisRoles.Admin, PolisRoles.Operator).Build())
            .AddPolicy(PolisPolicies.Admin, ActiveUser().RequireRole(PolisRoles.Admin).Build())
            .AddPolicy(PolisPolicies.Resident, ActiveUser().RequireRole(PolisRoles.Resident).Build());
        services.AddScoped<IAuthorizationHandler, ActiveAccountHandler>();

        // The bearer handler answers 401/403 with an empty body; this gives them RFC 7807 bodies
        // without depending on the host adding status-code-pages middleware.
        services.AddProblemDetails();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AdminCredentialsConsole>();
        services.TryAddSingleton<AdminRoleGuard>();
        services.AddHostedService<AdminBootstrapService>();
        return services;
    }

    private static AuthorizationPolicyBuilder ActiveUser() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(ActiveAccountRequirement.Instance);

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // Length over composition rules (NIST SP 800-63B): long passphrases are accepted as they are.
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

        options.User.RequireUniqueEmail = true;
    }

    private static void ConfigureBearer(BearerTokenOptions options)
    {
        options.BearerTokenExpiration = AccessTokenLifetime;
        options.RefreshTokenExpiration = RefreshTokenLifetime;

        // Browsers cannot set headers on a WebSocket, so SignalR's JavaScript client sends the token as
        // ?access_token=. It is accepted on the hubs only: elsewhere a token in a URL would end up in logs.
        options.Events.OnMessageReceived = context =>
        {
            if (context.Request.Path.StartsWithSegments(HubsPath) && context.Request.Query["access_token"] is [{ Length: > 0 } token])
            {
                context.Token = token;
            }

            return Task.CompletedTask;
        };
    }

    private static void AddDataProtection(IServiceCollection services)
    {
        // A fixed application name: tokens must stay valid when the content root moves (upgrades, containers).
        services.AddDataProtection().SetApplicationName("Polis");

        // PersistKeysToFileSystem needs the directory at registration time; the data directory is only
        // known once PolisOptions is bound, so the repository is configured from the options instead.
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
        {
            var polis = sp.GetRequiredService<IOptions<PolisOptions>>();
            var loggerFactory = sp.GetRequiredService<ILoggerFactory>();
            return new ConfigureOptions<KeyManagementOptions>(keys =>
            {
                var directory = new DirectoryInfo(Path.Combine(polis.Value.ResolveDataDirectory(), "keys"));
                keys.XmlRepository = new FileSystemXmlRepository(directory, loggerFactory);
            });
        });
    }
}
