using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Contracts.Telemetry;
using Polis.NgsiLd.Http;
using Polis.Platform.Devices;
using Polis.Platform.Identity;
using Polis.Platform.Telemetry;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.NgsiLd;
using Polis.Storage.Sqlite.Registry;
using Polis.Storage.Sqlite.Telemetry;

namespace Polis.NgsiLd.Tests.Http;

/// <summary>
/// A real Kestrel host on a free loopback port with AddPolisNgsiLd/MapNgsiLdEndpoints over the real
/// SQLite registry, telemetry and subscription stores (a temp file), seeded with a small city. Only the twin reader
/// is a stand-in (no Orleans silo).
/// </summary>
public sealed class NgsiLdApiFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-ngsild-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public FakeTimeProvider Time { get; } = new(Now);

    public IServiceProvider Services => _app!.Services;

    public HttpClient Client { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>Signed in with the role the write policy asks for.</summary>
    public HttpClient Writer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();

        // Notification retries wait on the fake clock; with no wait a failing receiver is retried at once.
        builder.Configuration["Polis:NgsiLd:Subscriptions:RetryDelay"] = "00:00:00";
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton(Options.Create(new TelemetryOptions()));
        builder.Services.AddSingleton<IDeviceRegistryStore, SqliteDeviceRegistryStore>();
        builder.Services.AddSingleton<ITelemetryStore, SqliteTelemetryStore>();
        builder.Services.AddSingleton<IDeviceTwinReader, StoreTwinReader>();
        builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PolisPolicies.Read, p => p.RequireAuthenticatedUser())
            .AddPolicy(PolisPolicies.Write, p => p.RequireRole(TestAuthenticationHandler.WriterRole));
        builder.Services.AddPolisNgsiLd();
        builder.Services.AddPolisSqliteNgsiLdStorage();

        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapNgsiLdEndpoints();
        await SeedAsync(_app.Services);
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        Client.DefaultRequestHeaders.Add("Authorization", TestAuthenticationHandler.SchemeName);
        Anonymous = new HttpClient { BaseAddress = new Uri(address) };
        Writer = new HttpClient { BaseAddress = new Uri(address) };
        Writer.DefaultRequestHeaders.Add("Authorization", TestAuthenticationHandler.WriterScheme);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        Writer.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        var registry = services.GetRequiredService<IDeviceRegistryStore>();
        var telemetry = services.GetRequiredService<ITelemetryStore>();
        foreach (var profile in BuiltInProfiles.All)
        {
            await registry.UpsertProfileAsync(profile);
        }

        var brandenburgGate = new GeoPoint(13.377704, 52.516275);
        var tvTower = new GeoPoint(13.409419, 52.520817);
        var munich = new GeoPoint(11.575, 48.137);
        Device[] devices =
        [
            Device("aq-1", "air-quality", brandenburgGate),
            Device("aq-2", "air-quality", tvTower),
            Device("aq-3", "air-quality", munich),
            Device("p-1", "parking-spot", new GeoPoint(13.38, 52.51), new Dictionary<string, string> { ["category"] = "onStreet" }),
            Device("p-2", "parking-spot", new GeoPoint(13.39, 52.51)),
            Device("bus-1", "bus", null),
            Device("em-1", "electricity-meter", munich),
            Device("em-2", "electricity-meter", munich),
        ];
        Assert.True(await registry.CreateDevicesAsync(devices.Select(d => (d, "hash-" + d.Id)).ToList()));

        var now = Now.ToUnixTimeMilliseconds();
        var old = now - (long)TimeSpan.FromDays(2).TotalMilliseconds;
        await AppendAsync(telemetry, "aq-1", now, ("pm25", 12.5), ("no2", 40));
        await AppendAsync(telemetry, "aq-2", now, ("pm25", 48));
        await AppendAsync(telemetry, "aq-3", now, ("pm25", 60));
        await telemetry.AppendAsync("p-1", [new TelemetryPoint("occupied", now, TelemetryValue.FromBoolean(true))], now);
        await telemetry.AppendAsync("p-2", [new TelemetryPoint("occupied", now, TelemetryValue.FromBoolean(false))], now);
        await AppendAsync(telemetry, "bus-1", now, ("latitude", 52.52), ("longitude", 13.40), ("speed", 30));
        await AppendAsync(telemetry, "em-1", now, ("energy", 1200.5));
        await AppendAsync(telemetry, "em-2", old, ("energy", 80));
    }

    private static Device Device(string id, string profile, GeoPoint? location, Dictionary<string, string>? attributes = null) =>
        new(id, profile, "Device " + id, "centre", location, attributes ?? [], [], Now, Now);

    private static Task<AppendResult> AppendAsync(ITelemetryStore store, string deviceId, long at, params (string Key, double Value)[] readings) =>
        store.AppendAsync(deviceId, readings.Select(r => new TelemetryPoint(r.Key, at, TelemetryValue.FromNumber(r.Value))).ToList(), at);
}
