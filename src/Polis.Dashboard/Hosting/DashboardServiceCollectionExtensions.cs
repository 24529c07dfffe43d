using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Polis.Dashboard.Alarms;
using Polis.Dashboard.Citizens;
using Polis.Dashboard.Devices;
using Polis.Dashboard.Live;
using Polis.Dashboard.Map;
using Polis.Dashboard.Metering;
using Polis.Dashboard.Overview;
using Polis.Dashboard.Registry;
using Polis.Dashboard.Residents;
using Polis.Dashboard.Transit;
using Polis.Platform.Alarms;
using Polis.Platform.Identity;

namespace Polis.Dashboard.Hosting;

/// <summary>Registers the operations-centre dashboard (Blazor, interactive server rendering, MudBlazor).</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>Adds the dashboard's components, its sign-in cookie and its live alarm feed. Call after <c>AddPolisIdentity</c>.</summary>
    public static WebApplicationBuilder AddPolisDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Static web assets (MudBlazor's CSS/JS, blazor.web.js) are read from the build output in every
        // environment, not only Development: polis runs from bin/ in tests and demos. After publish they are in wwwroot.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        // SignalR's 32 KB default would drop the circuit when an editor sends a rule (up to 64 KiB of JSON, as the API
        // takes) or a large profile; a change event carries the whole text once.
        services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(hub => hub.MaximumReceiveMessageSize = 256 * 1024);
        services.AddCascadingAuthenticationState();
        services.AddMudServices();

        services.AddAuthentication().AddCookie(DashboardAuthentication.Scheme, cookie =>
        {
            cookie.Cookie.Name = "polis.dashboard";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = DashboardAuthentication.LoginPath;
            cookie.Events.OnRedirectToAccessDenied = RedirectDeniedAsync;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = ValidateAccountAsync;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(DashboardAuthentication.ReadPolicy, SignedIn().RequireRole(PolisRoles.All).Build())
            .AddPolicy(DashboardAuthentication.ResidentPolicy, SignedIn().RequireRole(PolisRoles.Resident).Build())
            .AddPolicy(DashboardAuthentication.SignedInPolicy, SignedIn().RequireRole(PolisRoles.Assignable).Build());

        services.AddSingleton<AlarmFeed>();
        services.AddSingleton<IAlarmObserver>(sp => sp.GetRequiredService<AlarmFeed>());
        services.AddScoped<CityOverviewReader>();
        services.AddSingleton<CityIndicatorsReader>();
        services.AddScoped<OperatorActions>();
        services.AddScoped<AlarmConsoleReader>();
        services.AddDashboardMap();
        services.AddDevicePages();
        services.AddRegistryPages();
        services.AddTransitPages();
        services.AddMeteringPages();
        services.AddResidentPages();
        services.AddCitizensPages();
        return builder;
    }

    private static AuthorizationPolicyBuilder SignedIn() => new AuthorizationPolicyBuilder(DashboardAuthentication.Scheme).RequireAuthenticatedUser();

    // A signed-in user on a page that is not theirs: a resident goes to their own pages, an operator (on a resident's
    // page) to the page that says it is not for them. Not the login page: they are signed in already.
    private static Task RedirectDeniedAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(DashboardAuthentication.DeniedRedirectFor(context.HttpContext.User));
        return Task.CompletedTask;
    }

    // Like the bearer path (ActiveAccountHandler): each request re-checks the security stamp, so a deleted account,
    // a reset password or a changed role ends the dashboard session too.
    private static async Task ValidateAccountAsync(CookieValidatePrincipalContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<PolisUser>>();
        if (context.Principal is null || await signIn.ValidateSecurityStampAsync(context.Principal).ConfigureAwait(false) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(DashboardAuthentication.Scheme).ConfigureAwait(false);
        }
    }
}
