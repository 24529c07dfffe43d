using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polis.Platform.Hosting;
using Polis.Platform.Identity;

namespace Polis.Platform.Tests.Identity;

/// <summary>A real Kestrel host on 127.0.0.1 with the identity endpoints and probe endpoints, over a data directory.</summary>
internal sealed class IdentityTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IdentityTestHost(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<IdentityTestHost> StartAsync(
        string dataDirectory, IReadOnlyDictionary<string, string?>? configuration = null, TextWriter? console = null)
    {
        var builder = WebApplication.CreateSlimBuilder();

        // Only what the test says: no environment variables or appsettings leaking in a Polis:Admin.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Polis:DataDirectory"] = dataDirectory,
        });
        if (configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddOptions<PolisOptions>().BindConfiguration(PolisOptions.SectionName);
        builder.Services.AddSingleton(new AdminCredentialsConsole(console ?? TextWriter.Null));
        builder.Services.AddPolisIdentity();

        var app = builder.Build();
        app.MapAuthEndpoints();
        app.MapUserEndpoints();
        app.MapGet("/api/v1/probe/read", () => "read").RequireAuthorization(PolisPolicies.Read);
        app.MapPost("/api/v1/probe/write", () => "write").RequireAuthorization(PolisPolicies.Write);

        var module = app.MapGroup("/api/v1/module").RequirePolisAccess();
        module.MapGet("/", () => "list");
        module.MapPost("/", () => TypedResults.Created("/api/v1/module/1", "created"));

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            throw;
        }

        return new IdentityTestHost(app, new Uri(app.Urls.First()));
    }

    public async Task<TokenResponse> LoginAsync(string email, string password)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    /// <summary>A client carrying <paramref name="accessToken"/>; the caller disposes it.</summary>
    public HttpClient ClientWith(string accessToken)
    {
        var client = new HttpClient { BaseAddress = Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async Task<HttpClient> SignedInClientAsync(string email, string password) =>
        ClientWith((await LoginAsync(email, password)).AccessToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();

        // Pooled connections keep identity.db open, which would stop the temp directory from being deleted.
        SqliteConnection.ClearAllPools();
    }
}
