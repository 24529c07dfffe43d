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

    /// <summary>Signed in with the dashboard cookie, any role.</summary>
    public const string ReadPolicy = "Polis.Dashboard.Read";

    public const string LoginPath = "/login";

    public const string LogoutPath = "/logout";
}
