using Microsoft.AspNetCore.Authorization;
using Polis.Citizens.Hosting;
using Polis.Cli;
using Polis.Dashboard.Hosting;
using Polis.Gateway;
using Polis.Hosting;
using Polis.Metering.Hosting;
using Polis.NgsiLd;
using Polis.Platform.Hosting;
using Polis.Platform.Identity;
using Polis.Simulation;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Citizens;
using Polis.Storage.Sqlite.Metering;
using Polis.Storage.Sqlite.NgsiLd;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Hosting;
using Scalar.AspNetCore;

// `polis` and `polis serve` run the platform; `polis simulate` drives another deployment; further verbs
// (import…) arrive with their modules.
if (args.Length > 0 && args[0] is "help" or "--help" or "-h")
{
    Console.WriteLine("usage: polis [serve] [--urls http://127.0.0.1:8080] [--Polis:Mqtt:Port 1883] [--Polis:DataDirectory ./data]");
    Console.WriteLine("       polis simulate --target <url> …   (polis simulate --help)");
    Console.WriteLine("       polis import gtfs <feed.zip> [--data-dir ./data]");
    Console.WriteLine("       polis billing run --period 2026-10 [--accounts a,b] [--data-dir ./data]");
    Console.WriteLine("       polis polls verify <poll-id> --target <url> | --log <ballot-log.json> --results <results.json>");
    return 0;
}

if (args is ["simulate", .. var simulateArgs])
{
    return await SimulateCommand.RunAsync(simulateArgs);
}

if (args is ["billing", .. var billingArgs])
{
    return await BillingRunCommand.RunAsync(billingArgs);
}

if (args is ["polls", .. var pollsArgs])
{
    return await PollsVerifyCommand.RunAsync(pollsArgs);
}

if (args is ["import", .. var importArgs])
{
    return await ImportGtfsCommand.RunAsync(importArgs);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args.Length > 0 && args[0] == "serve" ? args[1..] : args,
    // appsettings.json ships beside polis.dll; the working directory only anchors ./data.
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddPolisSilo();
builder.Services.AddPolisPlatform();
builder.Services.AddPolisSqliteStorage();
builder.Services.AddPolisIdentity();
builder.AddPolisGateway();
builder.Services.AddPolisNgsiLd();
builder.Services.AddPolisSqliteNgsiLdStorage();
builder.Services.AddPolisTransit();
builder.Services.AddPolisSqliteTransitStorage();
builder.Services.AddPolisMetering();
builder.Services.AddPolisSqliteMeteringStorage();
builder.Services.AddPolisCitizens();
builder.Services.AddPolisSqliteCitizensStorage();
builder.Services.AddPolisObservability();
builder.Services.AddOpenApi();
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(json => ApiJson.ApplyConventions(json.SerializerOptions));
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
// Binding failures throw so BadRequestExceptionHandler can explain them; otherwise they are a bare 400.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddOptions<OrleansOptions>().BindConfiguration(OrleansOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddHostedService<StartupBanner>();
builder.AddPolisSimulator();
builder.AddPolisDashboard();

// Secure by default: an endpoint that names no policy still needs a signed-in operator; what is public
// by design (health, metrics, API description, device API with its own token) says so explicitly.
builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebSockets();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference("/docs", options => options.WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
app.MapAuthEndpoints();
app.MapUserEndpoints();
app.MapPlatformEndpoints();
app.MapPolisGateway();
app.MapNgsiLdEndpoints();
app.MapTransitEndpoints();
app.MapMeteringEndpoints();
app.MapCitizensEndpoints(); // Open311 at /open311/v2, polls and reports under /api/v1/citizens
app.MapPolisDashboard(); // the operations centre at /

await app.RunAsync();
return 0;
