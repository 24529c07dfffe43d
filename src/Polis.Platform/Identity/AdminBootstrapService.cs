using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.Platform.Identity;

/// <summary>
/// At start-up: creates the identity schema and the roles (operators' and residents'), and the first admin when none exists —
/// from <see cref="AdminOptions"/> when a password is configured, else with a random password printed once.
/// An existing admin is never modified, whatever the configuration says now.
/// </summary>
internal sealed partial class AdminBootstrapService(
    IServiceScopeFactory scopes,
    IOptions<AdminOptions> adminOptions,
    AdminCredentialsConsole console,
    ILogger<AdminBootstrapService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<PolisIdentityDbContext>();

            // EnsureCreated rather than migrations for now: identity.db is its own file, so creating it
            // whole cannot clash with other schemas. Switch to EF migrations before the first schema change.
            await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in PolisRoles.Assignable)
            {
                if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
                {
                    ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false), $"create role '{role}'");
                }
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<PolisUser>>();
            var admins = await users.GetUsersInRoleAsync(PolisRoles.Admin).ConfigureAwait(false);
            if (admins.Count > 0)
            {
                WarnIfConfigurationIgnored(admins);
                return;
            }

            await CreateFirstAdminAsync(users).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CreateFirstAdminAsync(UserManager<PolisUser> users)
    {
        var options = adminOptions.Value;
        var email = string.IsNullOrWhiteSpace(options.Email) ? AdminOptions.DefaultEmail : options.Email.Trim();
        var generated = string.IsNullOrEmpty(options.Password);
        var password = generated ? PasswordGenerator.Generate() : options.Password!;

        var existing = await users.FindByEmailAsync(email).ConfigureAwait(false);
        if (existing is not null)
        {
            // The account exists without the admin role (demoted by hand in the database, say): promote it
            // but keep its password, so configuration never silently resets credentials.
            ThrowIfFailed(await users.AddToRoleAsync(existing, PolisRoles.Admin).ConfigureAwait(false), "promote the admin");
            LogPromoted(logger, email);
            return;
        }

        var admin = new PolisUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        ThrowIfFailed(await users.CreateAsync(admin, password).ConfigureAwait(false), $"create the admin '{email}'");
        ThrowIfFailed(await users.AddToRoleAsync(admin, PolisRoles.Admin).ConfigureAwait(false), "grant the admin role");
        LogCreated(logger, email, generated);

        if (generated)
        {
            // Printed, never logged: log sinks are often shipped and kept; Identity stores only the hash.
            var writer = console.Writer;
            await writer.WriteLineAsync(AnnounceFrame).ConfigureAwait(false);
            await writer.WriteLineAsync($"  Polis admin account created: email {email}  password {password}").ConfigureAwait(false);
            await writer.WriteLineAsync("  This password is shown only once. Sign in and change it.").ConfigureAwait(false);
            await writer.WriteLineAsync(AnnounceFrame).ConfigureAwait(false);
            await writer.FlushAsync().ConfigureAwait(false);
        }
    }

    private void WarnIfConfigurationIgnored(IList<PolisUser> admins)
    {
        var options = adminOptions.Value;
        var configured = !string.IsNullOrWhiteSpace(options.Email) || !string.IsNullOrEmpty(options.Password);
        if (configured)
        {
            LogConfigurationIgnored(logger, admins.Count);
        }
    }

    private static void ThrowIfFailed(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            var errors = string.Join("; ", result.Errors.Select(e => e.Description));
            throw new InvalidOperationException($"Identity bootstrap could not {action}: {errors}");
        }
    }

    private const string AnnounceFrame = "================================================================";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first Polis admin {Email} (generated password: {Generated})")]
    private static partial void LogCreated(ILogger logger, string email, bool generated);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin existed; granted the admin role to the existing account {Email} without changing its password")]
    private static partial void LogPromoted(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polis:Admin is configured but {Count} admin account(s) already exist; the configuration is ignored (manage users through /api/v1/users)")]
    private static partial void LogConfigurationIgnored(ILogger logger, int count);
}
