namespace Polis.Dashboard.Hosting;

/// <summary>Names of the dashboard's cookie scheme and policies.</summary>
public static class DashboardAuthentication
{
    /// <summary>
    /// The dashboard signs operators in with its own cookie, not the API's bearer token: a Blazor Server circuit
    /// is one long-lived connection opened by the browser, and an HttpOnly, SameSite=Strict cookie is the one
    /// credential a browser sends on it without page script ever seeing a token.
    /// </summary>
    public const string Scheme = "Polis.Dashboard";

    /// <summary>Signed in with the dashboard cookie as an operator (admin, operator or viewer): the operator pages.</summary>
    public const string ReadPolicy = "Polis.Dashboard.Read";

    /// <summary>Signed in with the dashboard cookie as a resident: the pages under <c>/me</c> and their downloads.</summary>
    public const string ResidentPolicy = "Polis.Dashboard.Resident";

    /// <summary>
    /// Signed in with the dashboard cookie in any role (operators and residents): what the circuit hub, sign-out and the
    /// "not for you" page need. Each page narrows it with its own <see cref="ReadPolicy"/> or <see cref="ResidentPolicy"/>.
    /// </summary>
    public const string SignedInPolicy = "Polis.Dashboard.SignedIn";

    public const string LoginPath = "/login";

    public const string LogoutPath = "/logout";

    /// <summary>Where an operator is sent who opens a resident's page (there is no account of theirs to show).</summary>
    public const string ForbiddenPath = "/forbidden";

    /// <summary>A resident's home page.</summary>
    public const string ResidentHomePath = "/me";

    /// <summary>
    /// Where a signed-in user goes when a page is not for them: a resident to their own pages (every operator page is
    /// refused to them), anyone else to the page that says so.
    /// </summary>
    public static string DeniedRedirectFor(System.Security.Claims.ClaimsPrincipal user) =>
        user?.IsInRole(Polis.Platform.Identity.PolisRoles.Resident) == true ? ResidentHomePath : ForbiddenPath;
}
