using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Polis.Dashboard.Components;
using Polis.Dashboard.Metering;
using Polis.Dashboard.Residents;

namespace Polis.Dashboard.Hosting;

/// <summary>Maps the dashboard at <c>/</c>.</summary>
public static class DashboardEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the pages, the Blazor circuit hub, the static assets and sign-out. Call after
    /// <c>UseAuthentication</c>/<c>UseAuthorization</c>: the antiforgery middleware the login form needs goes here.
    /// </summary>
    public static WebApplication MapPolisDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();

        // Scripts and styles are public (the login page needs them) and carry no data.
        app.MapStaticAssets().AllowAnonymous();

        // Every page and the circuit hub need the dashboard cookie in some role; each page then names its own policy
        // (operators' or residents'). The login page opts out with [AllowAnonymous].
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(DashboardAuthentication.SignedInPolicy);

        app.MapResidentDownloads();

        app.MapMeteringDownloads();
        app.MapPost(DashboardAuthentication.LogoutPath, (Delegate)LogoutAsync)
            .RequireAuthorization(DashboardAuthentication.SignedInPolicy)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(DashboardAuthentication.Scheme);
        return Results.LocalRedirect(DashboardAuthentication.LoginPath);
    }
}
